package org.edgarbatch.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.SourceDocumentRepository;

/** The documents the ingest job stored: what it found, and how many of each kind. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.BATCH_ADMIN)
public class DocumentsResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    SourceDocumentRepository repository;

    /** @return Stored documents, newest first, optionally of one kind. */
    @GET
    public List<DocumentView> list(@QueryParam("kind") DocumentKind kind,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return repository.findDocuments(kind, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_LIMIT))
                .stream().map(DocumentView::of).toList();
    }

    /** @return How many documents of each kind are stored. */
    @GET
    @Path("/counts")
    public Map<DocumentKind, Long> counts() {
        return repository.countByKind();
    }
}
