package org.edgarbatch.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The documents the jobs rejected, newest first, filtered by execution, a part of the path or of the reason, and date. */
@Path("/rejections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.BATCH_ADMIN)
public class RejectionsResource {

    @PersistenceContext(unitName = "edgar-batch")
    EntityManager entityManager;

    @GET
    public Page<RejectionView> list(@QueryParam("execution") String execution, @QueryParam("path") String path,
                                    @QueryParam("reason") String reason, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Long executionId = Filters.id("execution", execution);
        if (executionId != null) {
            where.append(" and r.executionId = :execution");
            parameters.put("execution", executionId);
        }
        addPart(where, parameters, "path", path);
        addPart(where, parameters, "reason", reason);
        Instant start = Filters.dayStart("from", from);
        if (start != null) {
            where.append(" and r.rejectedAt >= :from");
            parameters.put("from", start);
        }
        Instant end = Filters.dayEnd("to", to);
        if (end != null) {
            where.append(" and r.rejectedAt < :to");
            parameters.put("to", end);
        }
        Paging paging = Paging.of(offset, limit);
        TypedQuery<Long> count = entityManager.createQuery("select count(r) from RejectedDocument r" + where, Long.class);
        TypedQuery<RejectionView> page = entityManager.createQuery("select new org.edgarbatch.admin.RejectionView("
                + "r.id, r.executionId, r.path, r.reason, r.rejectedAt, r.filingDate) from RejectedDocument r" + where
                + " order by r.rejectedAt desc, r.id desc", RejectionView.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        return new Page<>(paging.offset(), paging.limit(), count.getSingleResult(),
                page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList());
    }

    private static void addPart(StringBuilder where, Map<String, Object> parameters, String field, String part) {
        String text = Filters.text(part);
        if (text != null) {
            where.append(" and lower(r.").append(field).append(") like :").append(field).append(" escape '\\'");
            parameters.put(field, "%" + text.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }
}
