package org.edgarbatch.jointfiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stored joint filing agreements, in the application's database. */
@ApplicationScoped
public class JointFilingRepository {

    @PersistenceContext(unitName = "edgar-batch")
    private EntityManager entityManager;

    /** Stores the agreement with its parties. */
    public void store(JointFiling agreement) {
        entityManager.persist(agreement);
    }
}
