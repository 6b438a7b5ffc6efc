package org.edgarbatch.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * The users the API tests sign in as, added to the test server's application realm with the server's
 * own {@code add-user.sh}, as an administrator would. Passwords are generated for each test run; none
 * is committed.
 */
public final class TestUsers implements ServerSetupTask {

    /** A user name, its generated password and the groups (roles) it is given. */
    public record User(String name, String password, List<String> groups) {
    }

    public static final User ADMIN = user("it-admin", "batch-admin");
    public static final User READER = user("it-reader", "report-reader");
    /** Signed in, but with none of the application's roles. */
    public static final User NO_ROLE = user("it-no-role");

    private static boolean added;

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        synchronized (TestUsers.class) {
            if (added) {
                return;
            }
            for (User user : List.of(ADMIN, READER, NO_ROLE)) {
                add(user);
            }
            // The application realm reads its properties files when loaded; load them again now.
            ModelNode load = new ModelNode();
            load.get("operation").set("load");
            load.get("address").add("subsystem", "elytron").add("properties-realm", "ApplicationRealm");
            ModelNode result = client.getControllerClient().execute(load);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException("reloading the application realm failed: " + result);
            }
            added = true;
        }
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) {
        // The users stay for the next test class; the server's base directory is fresh for each build.
    }

    private static void add(User user) throws IOException, InterruptedException {
        Path wildflyHome = Path.of(System.getProperty("wildfly.home"));
        Path configuration = Path.of(System.getProperty("it.server.dir")).resolve("configuration");
        ProcessBuilder addUser = new ProcessBuilder(wildflyHome.resolve("bin/add-user.sh").toString(),
                "-a", "-u", user.name(), "-p", user.password(), "-sc", configuration.toString());
        if (!user.groups().isEmpty()) {
            addUser.command().addAll(List.of("-g", String.join(",", user.groups())));
        }
        addUser.environment().put("JBOSS_HOME", wildflyHome.toString());
        addUser.redirectErrorStream(true);
        Process process = addUser.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("add-user.sh failed for " + user.name() + ": " + output);
        }
    }

    private static User user(String name, String... groups) {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return new User(name, "Pw-" + HexFormat.of().formatHex(random) + "-9", List.of(groups));
    }
}
