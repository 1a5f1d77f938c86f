package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.SECURITY_CODE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import hu.insurer.lifeaccess.sms.DeliveryReportSignature;
import hu.insurer.lifeaccess.support.DeliveryReports;
import hu.insurer.lifeaccess.support.CamundaHttp;
import hu.insurer.lifeaccess.support.SmsInbox;

/**
 * The plain code exists only in memory and in the SMS: after a whole case it is in no table but the development
 * outbox, in no log line, and in no answer of the engine API or of the webapps.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityCodeSecrecyIT extends ProcessTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    DeliveryReportSignature signature;

    @Test
    void afterAWholeCaseThePlainCodeIsNowhereButInTheSms(CapturedOutput output) throws Exception {
        String card = newEligibleCustomer(true);
        ProcessInstance instance = signedRequestFor(card);
        runJob(instance);
        long codeId = ((Number) runtimeService.getVariable(instance.getId(), SECURITY_CODE_ID)).longValue();
        String grouped = SmsInbox.codeFor(jdbc, codeId);
        String plain = grouped.replace("-", "");

        CamundaHttp admin = http();
        List<String> answers = new ArrayList<>();
        answers.add(admin.get("/engine-rest/process-instance/" + instance.getId() + "/variables", "admin").body());
        String notice = taskService.createTaskQuery().processDefinitionKey(SendNoticeConstants.PROCESS_KEY)
                .processInstanceBusinessKey(variable(instance, ProcessConstants.Variable.CASE_NUMBER)).singleResult()
                .getId();
        answers.add(admin.get("/engine-rest/task/" + notice + "/form-variables", "agent").body());
        String messageKey = jdbc.sql("SELECT message_key FROM security_code WHERE id = ?").param(codeId)
                .query(String.class).single();
        HttpResponse<String> reported = DeliveryReports.signed(http(), signature, messageKey, "DELIVERED",
                java.time.OffsetDateTime.now());
        assertThat(reported.statusCode()).isEqualTo(204);
        answers.add(reported.body());
        assertThat(http().postJson("/api/portal/security-code-redemptions", "portal", "{\"customerCardNumber\": \""
                + card + "\", \"birthDate\": \"1975-05-05\", \"code\": \"" + grouped + "\"}").statusCode())
                .isEqualTo(200);
        runJob(instance);
        for (String path : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + instance.getId(),
                "/engine-rest/history/detail?processInstanceId=" + instance.getId(),
                "/engine-rest/history/activity-instance?processInstanceId=" + instance.getId(),
                "/engine-rest/history/process-instance/" + instance.getId(),
                "/engine-rest/history/job-log?processInstanceId=" + instance.getId(),
                "/engine-rest/history/user-operation?processInstanceId=" + instance.getId())) {
            answers.add(admin.get(path, "admin").body());
        }
        CamundaHttp tasklist = http();
        assertThat(tasklist.webappLogin("tasklist", "admin", "admin").statusCode()).isEqualTo(200);
        answers.add(tasklist.webappGet("/camunda/api/engine/engine/default/history/variable-instance?processInstanceId="
                + instance.getId()).body());

        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContain(plain).doesNotContain(grouped));
        assertThat(output.getAll()).doesNotContain(plain).doesNotContain(grouped);
        assertThat(tablesContaining(plain, grouped)).containsExactly("SMS_OUTBOX");
    }

    /** Every table of the application's database (domain and Camunda) whose text or bytes hold the code. */
    private List<String> tablesContaining(String... needles) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (contains(connection, table, needles)) {
                        found.add(table.toUpperCase());
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(Connection connection, String table, String... needles) throws SQLException {
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    Object value = rows.getObject(column);
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : value == null ? "" : value.toString();
                    for (String needle : needles) {
                        if (text.contains(needle)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
