package org.edgarbatch.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.edgarbatch.reports.ReportKind;

/**
 * The registered workbooks and their download. A file is found by its registration only (id or registered file
 * name), never by resolving what the client sent as a path.
 */
@Path("/reports")
@RequestScoped
@RolesAllowed({Roles.BATCH_ADMIN, Roles.REPORT_READER})
public class ReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @PersistenceContext(unitName = "edgar-batch")
    EntityManager entityManager;

    /** @return Registered workbooks, newest first, optionally of one kind. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ReportView> list(@QueryParam("kind") String kind, @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit, @Context UriInfo uri) {
        ReportKind reportKind = kind(kind);
        Paging paging = Paging.of(offset, limit);
        String where = reportKind == null ? "" : " where r.kind = :kind";
        TypedQuery<Long> count = entityManager.createQuery("select count(r) from ReportFile r" + where, Long.class);
        TypedQuery<ReportRow> page = entityManager.createQuery("select new org.edgarbatch.admin.ReportRow("
                + "r.id, r.kind, r.fileName, r.periodFrom, r.periodTo, r.issuer, r.sizeBytes, r.sha256, r.mainRows,"
                + " r.createdAt, r.jobExecutionId) from ReportFile r" + where + " order by r.createdAt desc, r.id desc",
                ReportRow.class);
        if (reportKind != null) {
            count.setParameter("kind", reportKind);
            page.setParameter("kind", reportKind);
        }
        List<ReportView> items = page.setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                .stream().map(row -> row.withDownload(uri.getBaseUriBuilder().path("reports")
                        .path(Long.toString(row.id())).path("file").build().getRawPath()))
                .toList();
        return new Page<>(paging.offset(), paging.limit(), count.getSingleResult(), items);
    }

    /**
     * Streams the registered file from the channel opened here, so the length sent is the length of the file
     * served even if the report is being rewritten meanwhile (it is replaced by a move, never written in place).
     */
    @GET
    @Path("/{report}/file")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response file(@PathParam("report") String report) {
        Object[] registered = registration(report);
        java.nio.file.Path path = java.nio.file.Path.of((String) registered[0]);
        String fileName = (String) registered[1];
        FileChannel channel;
        long size;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            size = channel.size();
        } catch (NoSuchFileException e) {
            throw new ClientErrorException("report " + fileName + " is registered but its file is gone from disk",
                    Response.Status.GONE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open report " + fileName, e);
        }
        StreamingOutput body = out -> {
            try (FileChannel in = channel) {
                WritableByteChannel target = Channels.newChannel(out);
                long position = 0;
                while (position < size) {
                    long sent = in.transferTo(position, size - position, target);
                    if (sent <= 0) {
                        break;
                    }
                    position += sent;
                }
            }
        };
        return Response.ok(body, XLSX)
                .header(HttpHeaders.CONTENT_LENGTH, size)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .build();
    }

    /** @return The registered path and file name of the report with that id, or else the newest with that file name. */
    private Object[] registration(String report) {
        List<Object[]> rows;
        if (!report.isEmpty() && report.chars().allMatch(Character::isDigit) && report.length() < 19) {
            rows = entityManager.createQuery("select r.path, r.fileName from ReportFile r where r.id = :id", Object[].class)
                    .setParameter("id", Long.parseLong(report)).getResultList();
        } else {
            rows = entityManager.createQuery("select r.path, r.fileName from ReportFile r where r.fileName = :name"
                    + " order by r.createdAt desc, r.id desc", Object[].class)
                    .setParameter("name", report).setMaxResults(1).getResultList();
        }
        if (rows.isEmpty()) {
            throw new NotFoundException("no registered report " + report);
        }
        return rows.get(0);
    }

    private static ReportKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ReportKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind must be one of " + Arrays.toString(ReportKind.values()) + ", not '"
                    + kind + "'");
        }
    }
}
