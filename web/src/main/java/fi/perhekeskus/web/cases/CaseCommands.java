package fi.perhekeskus.web.cases;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.accesslog.AccessBasis;
import fi.perhekeskus.web.commands.CommandDispatch;
import fi.perhekeskus.web.commands.CommandResponse;
import fi.perhekeskus.web.commands.CommandTransaction;
import fi.perhekeskus.web.commands.CorrelationIdFilter;
import fi.perhekeskus.web.commands.Idempotency;
import fi.perhekeskus.web.commands.Versions;
import fi.perhekeskus.web.problems.DatabaseOutage;
import fi.perhekeskus.web.signin.SignedInProfessional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One command on a case, start to end, in one transaction and one at a time per case: may this
 * professional do it (decided from the read side and logged), has it been done already
 * (Idempotency-Key), then the command itself with the version the caller saw. A failure anywhere
 * rolls all of it back.
 */
@Component
class CaseCommands {

    private final CaseGate gate;
    private final Idempotency idempotency;
    private final CommandDispatch dispatch;
    private final CommandTransaction transaction;
    private final JsonMapper json;

    CaseCommands(CaseGate gate, Idempotency idempotency, CommandDispatch dispatch, CommandTransaction transaction,
                 JsonMapper json) {
        this.gate = gate;
        this.idempotency = idempotency;
        this.dispatch = dispatch;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * @param command   the command, given the basis on which the caller may act on the case
     * @param createdId the id the server chose for a new item (answered with 201 and its Location),
     *                  or null for a change of existing items (200)
     */
    CommandResponse run(UUID caseId, SignedInProfessional me, HttpServletRequest request, Set<Basis> allowed,
                        Object body, Function<Basis, Object> command, UUID createdId) {
        return run(() -> gate.authorize(caseId, me, allowed, CaseGate.viewOf(request),
                CorrelationIdFilter.of(request)), caseId, me, request, body, command, createdId);
    }

    /**
     * The same, where the caller's right to act comes from elsewhere than their place in the case. A
     * command refused after the caller was let in (a broken rule, a stale version, an action their
     * role in the case may not take) leaves a refusal in the access log with the basis they had,
     * while everything the command wrote, its own log row included, is rolled back.
     */
    CommandResponse run(Supplier<Basis> authorization, UUID caseId, SignedInProfessional me,
                        HttpServletRequest request, Object body, Function<Basis, Object> command, UUID createdId) {
        String name = CaseGate.viewOf(request);
        String correlationId = CorrelationIdFilter.of(request);
        var admitted = new AtomicReference<Basis>();
        try {
            return transaction.run(caseId, () -> {
                Basis basis = authorization.get();
                admitted.set(basis);
                gate.allowed(caseId, me, basis, Set.of(), name, correlationId);
                return idempotency.once(request.getHeader("Idempotency-Key"), me.professionalId(),
                        name + " " + request.getRequestURI() + " " + json.writeValueAsString(body),
                        () -> dispatch(caseId, me, request, command.apply(basis), correlationId, createdId));
            });
        } catch (RuntimeException refused) {
            // An outage refused nothing, and the log could not be written anyway.
            if (admitted.get() != null && !DatabaseOutage.causedBy(refused)) {
                gate.refuse(caseId, me, AccessBasis.of(admitted.get()), name, correlationId);
            }
            throw refused;
        }
    }

    private CommandResponse dispatch(UUID caseId, SignedInProfessional me, HttpServletRequest request, Object command,
                                     String correlationId, UUID createdId) {
        long version = dispatch.send(caseId, command, me, correlationId,
                Versions.expected(request.getHeader("If-Match")));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("id", createdId);
        answer.put("version", version);
        return new CommandResponse(createdId == null ? 200 : 201,
                createdId == null ? null : request.getRequestURI() + "/" + createdId,
                version, json.writeValueAsString(answer));
    }
}
