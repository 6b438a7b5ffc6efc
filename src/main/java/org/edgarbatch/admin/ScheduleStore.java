package org.edgarbatch.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The schedule's rows: an operator's settings, and the record of every fire. Each call is its own transaction. */
@ApplicationScoped
public class ScheduleStore {

    @PersistenceContext(unitName = "edgar-batch")
    private EntityManager entityManager;

    @Transactional
    public Optional<ScheduleSetting> setting(String job) {
        return Optional.ofNullable(entityManager.find(ScheduleSetting.class, job));
    }

    /** Stores what an operator set; null {@code enabled} or {@code expression} hand the value back to the configuration. */
    @Transactional
    public void saveSetting(String job, Boolean enabled, String expression, String parameters) {
        ScheduleSetting setting = entityManager.find(ScheduleSetting.class, job);
        boolean stored = setting != null;
        if (!stored) {
            setting = new ScheduleSetting(job);
        }
        setting.change(enabled, expression, parameters, Instant.now());
        if (!stored) {
            entityManager.persist(setting);
        }
    }

    @Transactional
    public ScheduleFire record(ScheduleFire fire) {
        entityManager.persist(fire);
        return fire;
    }

    /** @return The job's latest fires, newest first. */
    @Transactional
    public List<ScheduleFire> recentFires(String job, int limit) {
        return entityManager.createQuery(
                        "select f from ScheduleFire f where f.job = :job order by f.firedAt desc, f.id desc", ScheduleFire.class)
                .setParameter("job", job)
                .setMaxResults(limit)
                .getResultList();
    }
}
