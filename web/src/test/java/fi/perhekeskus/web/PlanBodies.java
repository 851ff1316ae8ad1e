package fi.perhekeskus.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Bodies for a review and a closing that the plan accepts whatever of the case is open now: a review
 * follows up every open need, and closing gives each open need an outcome and each open action a
 * resolution, so a test that reviews or closes by the way reads what is open first.
 */
public final class PlanBodies {

    private PlanBodies() {
    }

    /** A review with one family member, following up every open need as going on. */
    public static String review(Api api, String caseUrl, String user, UUID participant, LocalDate heldOn,
                                LocalDate nextReviewOn) {
        List<String> followUps = new ArrayList<>();
        openNeeds(api.get(caseUrl, user).json()).forEach(need -> followUps.add("""
                {"needId": "%s", "familyView": "Eteni", "professionalView": "Eteni", "decision": "CONTINUE"}"""
                .formatted(need.get("id").asString())));
        return """
                {"heldOn": "%s", "participants": [{"kind": "FAMILY_MEMBER", "memberId": "%s"}], "summary": "Eteni",
                 "followUps": [%s], "nextReviewOn": "%s"}"""
                .formatted(heldOn, participant, String.join(", ", followUps), nextReviewOn);
    }

    /** A closing that finds every open need no longer relevant and every open action done. */
    public static String closing(Api api, String caseUrl, String user, String reason) {
        List<String> outcomes = new ArrayList<>();
        List<String> resolutions = new ArrayList<>();
        for (JsonNode need : openNeeds(api.get(caseUrl, user).json())) {
            outcomes.add("{\"needId\": \"%s\", \"outcome\": \"NO_LONGER_RELEVANT\"}".formatted(need.get("id").asString()));
            need.get("actions").forEach(action -> {
                if ("OPEN".equals(action.get("status").asString())) {
                    resolutions.add("{\"actionId\": \"%s\", \"resolution\": \"DONE\"}"
                            .formatted(action.get("id").asString()));
                }
            });
        }
        return """
                {"reason": "%s", "summaryForFamily": "Tuki päättyi sovitusti.", "needOutcomes": [%s],
                 "actionResolutions": [%s]}"""
                .formatted(reason, String.join(", ", outcomes), String.join(", ", resolutions));
    }

    private static List<JsonNode> openNeeds(JsonNode view) {
        List<JsonNode> open = new ArrayList<>();
        view.get("needs").forEach(need -> {
            if (!"CLOSED".equals(need.get("status").asString())) {
                open.add(need);
            }
        });
        return open;
    }
}
