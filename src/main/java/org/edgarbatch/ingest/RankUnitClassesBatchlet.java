package org.edgarbatch.ingest;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgarbatch.units.RankingStatement;
import org.edgarbatch.units.UnitDesignationRepository;
import org.edgarbatch.units.UnitDesignationRepository.DesignatedClass;
import org.edgarbatch.units.UnitDesignationRepository.PartnershipRanking;
import org.edgarbatch.units.UnitDesignationRepository.StatedRanking;
import org.edgarbatch.units.UnitRanking;
import org.edgarbatch.units.UnitRankingGraph;
import org.jboss.logging.Logger;

/**
 * Recomputes the ranking of every partnership's unit classes from all stored designations, not only this
 * run's, and replaces the stored tiers, relations and contradictions in one transaction: a report reads
 * either the old ranking or the new one, never a mix.
 */
@Named
@Dependent
public class RankUnitClassesBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RankUnitClassesBatchlet.class);

    @Inject
    JobContext jobContext;

    @Inject
    UnitDesignationRepository designations;

    // A batchlet runs without a transaction of its own.
    @Override
    @Transactional
    public String process() {
        Map<String, String> partnerships = new LinkedHashMap<>();
        Map<String, List<String>> designated = new LinkedHashMap<>();
        for (DesignatedClass designatedClass : designations.designatedClasses()) {
            partnerships.putIfAbsent(designatedClass.partnershipKey(), designatedClass.partnership());
            designated.computeIfAbsent(designatedClass.partnershipKey(), k -> new ArrayList<>()).add(designatedClass.className());
        }
        Map<String, List<RankingStatement>> statements = new LinkedHashMap<>();
        for (StatedRanking stated : designations.statedRankings()) {
            statements.computeIfAbsent(stated.partnershipKey(), k -> new ArrayList<>()).add(stated.statement());
        }
        List<PartnershipRanking> rankings = new ArrayList<>();
        int classes = 0;
        int contradictions = 0;
        for (Map.Entry<String, List<String>> partnership : designated.entrySet()) {
            UnitRanking ranking = UnitRankingGraph.rank(partnership.getValue(),
                    statements.getOrDefault(partnership.getKey(), List.of()));
            rankings.add(new PartnershipRanking(partnership.getKey(), partnerships.get(partnership.getKey()), ranking));
            classes += ranking.classes().size();
            contradictions += ranking.contradictions().size();
        }
        designations.replaceRankings(rankings);
        String status = "unit classes ranked: partnerships " + rankings.size() + ", classes " + classes
                + ", contradictions " + contradictions;
        LOG.infof("Execution %d of %s: %s", jobContext.getExecutionId(), jobContext.getJobName(), status);
        return status;
    }
}
