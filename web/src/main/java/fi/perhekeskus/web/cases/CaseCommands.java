package fi.perhekeskus.web.cases;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAction;
import fi.perhekeskus.web.commands.CommandDispatch;
import fi.perhekeskus.web.commands.CommandResponse;
import fi.perhekeskus.web.commands.CommandTransaction;
import fi.perhekeskus.web.commands.Idempotency;
import fi.perhekeskus.web.commands.RequestContext;
import fi.perhekeskus.web.commands.Versions;
import fi.perhekeskus.web.problems.DatabaseOutage;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * One command on a case, start to end, in one transaction and one at a time per case: may this
 * professional do it (decided by the gate's table and logged), has it been done already
 * (Idempotency-Key), then the command itself with the version the caller saw. A failure anywhere
 * rolls all of it back.
 */
@Component
class CaseCommands {

    /** What a command answers with: the body of a command that created nothing new. */
    interface Answer {
        Object body(UUID createdId, long version);
    }

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
     * @param command   the command, given where the caller stands in the case
     * @param createdId the id the server chose for a new item (answered with 201 and its Location),
     *                  or null for a change of existing items (200)
     */
    CommandResponse run(UUID caseId, SignedInProfessional me, RequestContext request, CaseAction action,
                        Object body, Function<Basis, Object> command, UUID createdId) {
        return run(() -> gate.admit(caseId, me, action, request), caseId, me, request, body, command, createdId,
                CaseCommands::idAndVersion);
    }

    /** The same, standing where {@code basis} says rather than where the access data puts the caller. */
    CommandResponse run(UUID caseId, SignedInProfessional me, RequestContext request, CaseAction action, Basis basis,
                        Object body, Function<Basis, Object> command) {
        return run(() -> {
            gate.admit(caseId, me, action, basis, request);
            return basis;
        }, caseId, me, request, body, command, null, CaseCommands::idAndVersion);
    }

    /**
     * The same, where the caller's right to act comes from elsewhere than their place in the case (an
     * invitation addressed to them, their role), answered with {@code answer}. A command refused
     * after the caller was let in (a broken rule, a stale version) leaves a refusal in the access log
     * with the basis they had, while everything the command wrote, its own log row included, is
     * rolled back.
     */
    CommandResponse run(Supplier<Basis> admission, UUID caseId, SignedInProfessional me, RequestContext request,
                        Object body, Function<Basis, Object> command, UUID createdId, Answer answer) {
        var admitted = new AtomicReference<Basis>();
        try {
            return transaction.run(caseId, () -> {
                Basis basis = admission.get();
                admitted.set(basis);
                gate.allowed(caseId, me, basis, Set.of(), request);
                return idempotency.once(request.idempotencyKey(), me.professionalId(),
                        request.view() + " " + request.path() + " " + json.writeValueAsString(body),
                        () -> dispatch(caseId, me, request, command.apply(basis), createdId, answer));
            });
        } catch (RuntimeException refused) {
            // An outage refused nothing, and the log could not be written anyway.
            if (admitted.get() != null && !DatabaseOutage.causedBy(refused)) {
                gate.refuse(caseId, me, admitted.get(), request);
            }
            throw refused;
        }
    }

    private CommandResponse dispatch(UUID caseId, SignedInProfessional me, RequestContext request, Object command,
                                     UUID createdId, Answer answer) {
        long version = dispatch.send(caseId, command, me, request.correlationId(), Versions.expected(request.ifMatch()));
        return new CommandResponse(createdId == null ? 200 : 201,
                createdId == null ? null : request.path() + "/" + createdId,
                version, json.writeValueAsString(answer.body(createdId, version)));
    }

    private static Object idAndVersion(UUID createdId, long version) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("id", createdId);
        answer.put("version", version);
        return answer;
    }
}
