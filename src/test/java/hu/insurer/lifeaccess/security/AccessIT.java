package hu.insurer.lifeaccess.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import hu.insurer.lifeaccess.process.CaseAccessSetup;
import hu.insurer.lifeaccess.process.ProcessConstants;
import hu.insurer.lifeaccess.support.CamundaHttp;
import hu.insurer.lifeaccess.support.IntegrationTest;

/** Who may do what, over real HTTP: engine-rest with Basic auth, the webapps with their session login. */
class AccessIT extends IntegrationTest {

    private static final String START = "/engine-rest/process-definition/key/" + ProcessConstants.PROCESS_KEY + "/start";
    private static final String SEARCH_DOROTTYA = """
            {"variables": {
              "searchCustomerType": {"value": "PERSON", "type": "String"},
              "searchName": {"value": "dorottya katalin", "type": "String"}}}""";

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    @Test
    void engineRestWithoutCredentialsIsUnauthorized() {
        assertThat(http().get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(http().postJson(START, null, SEARCH_DOROTTYA).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        // a user of its own: a failed login locks the user for a few seconds
        assertThat(new CamundaHttp("http://localhost:" + port)
                .get("/engine-rest/process-definition", "nobody").statusCode()).isEqualTo(401);
    }

    @Test
    void agentStartsTheProcessAndFindsTheTaskInTheSharedFilter() {
        HttpResponse<String> started = http().postJson(START, "agent", SEARCH_DOROTTYA);
        assertThat(started.statusCode()).isEqualTo(200);
        String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(ProcessConstants.Element.IDENTIFY_CUSTOMER);
        String filterId = filterService.createFilterQuery().filterName(CaseAccessSetup.AGENTS_FILTER_NAME)
                .singleResult().getId();

        HttpResponse<String> tasks = http().get("/engine-rest/filter/" + filterId + "/list", "agent");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains(task.getId());
        // Tasklist's list shows the filter's variables beside each task: here the name the agent searched for
        HttpResponse<String> listed = http().getHal("/engine-rest/filter/" + filterId + "/list", "agent");
        assertThat(listed.body()).contains("\"name\":\"searchName\"", "dorottya katalin");
    }

    @Test
    void aRefusedSearchIsABadRequestWithTheHungarianReasonAndStartsNoCase() {
        String casesBefore = http().get("/engine-rest/process-instance/count", "admin").body();
        // Tasklist submits the start form here
        HttpResponse<String> refused = http().postJson(START.replace("/start", "/submit-form"), "agent",
                "{\"variables\": {\"searchCustomerType\": {\"value\": \"PERSON\", \"type\": \"String\"}}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Adjon meg legalább egy keresési feltételt");
        assertThat(http().get("/engine-rest/process-instance/count", "admin").body()).isEqualTo(casesBefore);
    }

    @Test
    void auditorCanReadButCannotStartTheProcessOrCompleteATask() {
        String instanceId = http().postJson(START, "agent", SEARCH_DOROTTYA).body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();

        assertThat(http().postJson(START, "auditor", SEARCH_DOROTTYA).statusCode()).isEqualTo(403);
        assertThat(http().postJson("/engine-rest/task/" + task.getId() + "/complete", "auditor", "{}").statusCode())
                .isEqualTo(403);
        assertThat(http().postJson("/engine-rest/process-instance/" + instanceId + "/variables/identifyDecision",
                "auditor", "{}").statusCode()).isIn(403, 405);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        HttpResponse<String> history = http().get("/engine-rest/history/process-instance?processInstanceId="
                + instanceId, "auditor");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains(instanceId);
    }

    @Test
    void agentUsesTasklistButNotCockpitOrAdmin() {
        assertThat(http().webappLogin("tasklist", "agent", "agent").statusCode()).isEqualTo(200);
        assertThat(http().webappLogin("cockpit", "agent", "agent").statusCode()).isEqualTo(403);
        assertThat(http().webappLogin("admin", "agent", "agent").statusCode()).isEqualTo(403);
    }

    @Test
    void auditorUsesCockpitButNotTasklistOrAdmin() {
        assertThat(http().webappLogin("cockpit", "auditor", "auditor").statusCode()).isEqualTo(200);
        assertThat(http().webappLogin("tasklist", "auditor", "auditor").statusCode()).isEqualTo(403);
        assertThat(http().webappLogin("admin", "auditor", "auditor").statusCode()).isEqualTo(403);
    }

    @Test
    void thePortalClientsCredentialOpensNeitherTheEngineApiNorAnyWebapp() {
        // it is the portal API's own credential, not a Camunda user
        assertThat(http().get("/engine-rest/process-definition", "portal").statusCode()).isEqualTo(401);
        assertThat(http().postJson(START, "portal", SEARCH_DOROTTYA).statusCode()).isEqualTo(401);
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            assertThat(http().webappLogin(app, "portal", "portal").statusCode()).as(app).isEqualTo(401);
        }
    }

    @Test
    void theWebappsAskForALogin() {
        CamundaHttp anonymous = http();
        assertThat(anonymous.webappGet("/camunda/api/engine/engine/default/task").statusCode()).isIn(401, 403);
        assertThat(anonymous.get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(200);
    }
}
