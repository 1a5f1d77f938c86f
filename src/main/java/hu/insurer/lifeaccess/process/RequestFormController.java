package hu.insurer.lifeaccess.process;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import hu.insurer.lifeaccess.casefile.CaseFile;
import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.casefile.RequestForm;
import hu.insurer.lifeaccess.security.CamundaGroups;

/**
 * The request form last printed in a case, for the signature screen's link (the agent who has the case) and the
 * auditors' trail (auditors, supervisors, administrators), with the user's Camunda webapp session: the PDF is kept
 * once in the case record instead of as a process variable copied into the history.
 */
@RestController
class RequestFormController {

    static final String PATH = "/api/cases/{processInstanceId}/request-form";
    private static final List<String> READ_ANY_CASE = List.of(CamundaGroups.ADMINS, CamundaGroups.AUDITORS,
            CamundaGroups.SUPERVISORS);

    private final CaseFiles caseFiles;
    private final ProcessEngine engine;

    RequestFormController(CaseFiles caseFiles, ProcessEngine engine) {
        this.caseFiles = caseFiles;
        this.engine = engine;
    }

    static String path(String processInstanceId) {
        return PATH.replace("{processInstanceId}", processInstanceId);
    }

    @GetMapping(PATH)
    ResponseEntity<?> download(@PathVariable String processInstanceId, HttpServletRequest request) {
        Optional<UserAuthentication> user = sessionUser(request.getSession(false));
        if (user.isEmpty()) {
            return refusal(HttpStatus.UNAUTHORIZED, "Jelentkezzen be a Tasklistbe vagy a Cockpitba.");
        }
        Optional<CaseFile> file = caseFiles.find(processInstanceId);
        if (file.isEmpty() || !mayRead(user.get(), file.get())) {
            // a case the user may not read looks like one that does not exist
            return refusal(HttpStatus.NOT_FOUND, "Nincs ilyen igénylő nyomtatvány.");
        }
        Optional<RequestForm> form = Optional.ofNullable(file.get().requestFormId()).flatMap(caseFiles::requestForm);
        Optional<byte[]> pdf = form.flatMap(printed -> caseFiles.requestFormPdf(printed.id()));
        if (pdf.isEmpty()) {
            return refusal(HttpStatus.NOT_FOUND, "Ebben az ügyben még nem készült igénylő nyomtatvány.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(form.get().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf.get());
    }

    private Optional<UserAuthentication> sessionUser(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return Optional.ofNullable(authentications.getAuthenticationForProcessEngine(engine.getName()))
                .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast);
    }

    private static boolean mayRead(UserAuthentication user, CaseFile file) {
        return file.ownerId().equals(user.getIdentityId())
                || user.getGroupIds().stream().anyMatch(READ_ANY_CASE::contains);
    }

    private static ResponseEntity<Map<String, String>> refusal(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", status.name(), "message", message));
    }
}
