package org.edgarbatch.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The jobs packaged in the application: the job XML files JBeret reads, parsed once. */
@ApplicationScoped
public class JobCatalog {

    static final String JOBS = "/WEB-INF/classes/META-INF/batch-jobs/";

    private volatile List<JobDefinition> jobs;

    /** @return Every job, by name. */
    public List<JobDefinition> jobs(ServletContext context) {
        List<JobDefinition> known = jobs;
        if (known == null) {
            known = read(context);
            jobs = known;
        }
        return known;
    }

    public Optional<JobDefinition> job(ServletContext context, String name) {
        return jobs(context).stream().filter(job -> job.name().equals(name)).findFirst();
    }

    private static List<JobDefinition> read(ServletContext context) {
        Set<String> paths = context.getResourcePaths(JOBS);
        List<JobDefinition> definitions = new ArrayList<>();
        if (paths == null) {
            return definitions;
        }
        for (String path : paths) {
            if (!path.endsWith(".xml")) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".xml".length());
            try (InputStream xml = context.getResourceAsStream(path)) {
                definitions.add(JobDefinition.parse(name, xml));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        definitions.sort(Comparator.comparing(JobDefinition::name));
        return List.copyOf(definitions);
    }
}
