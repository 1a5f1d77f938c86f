package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import hu.insurer.lifeaccess.customer.search.SearchOutcome;
import hu.insurer.lifeaccess.eligibility.AccessCase;
import hu.insurer.lifeaccess.eligibility.EligibilityTable;
import hu.insurer.lifeaccess.securitycode.DeliveryStatus;

/**
 * The contract between what process owners edit in Modeler (bpmn/, dmn/, forms/) and what code depends on: the Java
 * constants ({@link ProcessConstants}, {@link EligibilityTable}), the Spring beans the model's expressions name, and
 * the Cockpit plugin's constants. Each finding names the file and the id, so a rename in Modeler is caught here, not
 * by an agent. {@code -Dcontract.root=DIR} checks a copy of the project's files instead.
 */
class ModelContractTest {

    static final Path ROOT = Path.of(System.getProperty("contract.root", "."));
    static final String MODEL = "bpmn/security-code-issuance.bpmn";
    static final String NOTICE_MODEL = "bpmn/security-code-send-notice.bpmn";
    /** The plugin's modules, read as one text. */
    static final String PLUGIN =
            "src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/lifeaccess-audit/";
    /** Read by the plugin for cases from before the case record kept the request form; nothing sets it any more. */
    static final Set<String> PLUGIN_VARIABLES_OF_OLDER_CASES = Set.of("requestForm");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");
    /** A form's condition comparing a variable with a value: {@code =sendOutcome != "ACCEPTED"}. */
    private static final Pattern COMPARISON = Pattern.compile("([A-Za-z]+) !?= \"([A-Z_]+)\"");

    /** A model and the code's constants for it: its id, elements, variables and the values its variables take. */
    record Contract(String file, String processKey, Class<?> elements, String constants, Set<String> variables,
            Set<String> values) {
    }

    static final Contract CASE = new Contract(MODEL, ProcessConstants.PROCESS_KEY, ProcessConstants.Element.class,
            "ProcessConstants", new TreeSet<>(constants(ProcessConstants.Variable.class).values()),
            Stream.concat(constants(ProcessConstants.Decision.class).values().stream(),
                    Stream.concat(Stream.of(SearchOutcome.values()), Stream.of(DeliveryStatus.values())).map(Enum::name))
                    .collect(Collectors.toCollection(TreeSet::new)));
    static final Contract NOTICE = new Contract(NOTICE_MODEL, SendNoticeConstants.PROCESS_KEY,
            SendNoticeConstants.Element.class, "SendNoticeConstants",
            new TreeSet<>(constants(SendNoticeConstants.Variable.class).values()),
            new TreeSet<>(constants(SendNoticeConstants.Outcome.class).values()));
    static final List<Contract> CONTRACTS = List.of(CASE, NOTICE);

    private final BpmnModelInstance model = Bpmn.readModelFromFile(ROOT.resolve(MODEL).toFile());
    private final String modelText = read(MODEL);
    private final List<String> findings = new ArrayList<>();

    @Test
    void theModelHasEveryElementMessageAndErrorTheCodeNames() {
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        expect(process.getId().equals(ProcessConstants.PROCESS_KEY), MODEL,
                "the process id is '" + process.getId() + "', the code starts '" + ProcessConstants.PROCESS_KEY
                        + "' (ProcessConstants.PROCESS_KEY)");
        constants(ProcessConstants.Element.class).forEach((name, id) -> expect(model.getModelElementById(id) != null,
                MODEL, "no element with id '" + id + "' (ProcessConstants.Element." + name + ")"));
        Set<String> messages = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class).stream()
                .map(org.camunda.bpm.model.bpmn.instance.Message::getName).collect(Collectors.toSet());
        constants(ProcessConstants.Message.class).forEach((name, message) -> expect(messages.contains(message), MODEL,
                "no message named '" + message + "' (ProcessConstants.Message." + name + ")"));
        Set<String> errors = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class).stream()
                .map(org.camunda.bpm.model.bpmn.instance.Error::getErrorCode).collect(Collectors.toSet());
        constants(ProcessConstants.Error.class).forEach((name, code) -> expect(errors.contains(code), MODEL,
                "no error with code '" + code + "' (ProcessConstants.Error." + name + ")"));
        assertNoFindings();
    }

    @Test
    void theNoticeModelHasEveryElementTheCodeNames() {
        BpmnModelInstance notice = Bpmn.readModelFromFile(ROOT.resolve(NOTICE_MODEL).toFile());
        Process process = notice.getModelElementsByType(Process.class).iterator().next();
        expect(process.getId().equals(SendNoticeConstants.PROCESS_KEY), NOTICE_MODEL,
                "the process id is '" + process.getId() + "', the code starts '" + SendNoticeConstants.PROCESS_KEY
                        + "' (SendNoticeConstants.PROCESS_KEY)");
        constants(SendNoticeConstants.Element.class).forEach((name, id) -> expect(
                notice.getModelElementById(id) != null, NOTICE_MODEL,
                "no element with id '" + id + "' (SendNoticeConstants.Element." + name + ")"));
        TaskSubmissionValidator.userTaskIds(notice).forEach(id -> expect(
                constants(SendNoticeConstants.Element.class).containsValue(id), NOTICE_MODEL,
                "the user task '" + id + "' is no SendNoticeConstants.Element (its submission check names it)"));
        assertNoFindings();
    }

    @Test
    void everyBeanTheModelsNameExists() {
        Set<String> beans = beanNames();
        for (Contract contract : CONTRACTS) {
            String text = read(contract.file());
            Matcher delegates = Pattern.compile("(?:delegateExpression|camunda:assignee)=\"([^\"]*)\"").matcher(text);
            while (delegates.find()) {
                firstNames(delegates.group(1)).forEach(name -> expect(beans.contains(name)
                        || contract.variables().contains(name), contract.file(), "the expression "
                        + delegates.group(1) + " names '" + name + "', which is neither a @Component nor a "
                        + contract.constants() + ".Variable"));
            }
            Matcher settings = Pattern.compile("<(?:camunda:failedJobRetryTimeCycle|bpmn:timeDuration[^>]*)>([^<]*)<")
                    .matcher(text);
            while (settings.find()) {
                firstNames(settings.group(1)).forEach(bean -> expect(beans.contains(bean), contract.file(),
                        "the retry cycle or timer " + settings.group(1) + " names a bean '" + bean
                                + "' that no @Component is called"));
            }
        }
        assertNoFindings();
    }

    @Test
    void everyVariableTheModelReadsIsAConstant() {
        Set<String> variables = CASE.variables();
        Matcher conditions = Pattern.compile("<bpmn:(?:conditionExpression|timeDate)[^>]*>([^<]*)<").matcher(modelText);
        while (conditions.find()) {
            firstNames(conditions.group(1)).forEach(variable -> expect(variables.contains(variable), MODEL,
                    "the expression " + conditions.group(1) + " reads '" + variable
                            + "', which is no ProcessConstants.Variable"));
        }
        Matcher removed = Pattern.compile("removeVariable\\(&#39;([A-Za-z]+)&#39;\\)").matcher(modelText);
        while (removed.find()) {
            expect(variables.contains(removed.group(1)), MODEL, "a listener removes '" + removed.group(1)
                    + "', which is no ProcessConstants.Variable");
        }
        Matcher compared = Pattern.compile("== '([A-Z_]+)'").matcher(modelText);
        while (compared.find()) {
            expect(CASE.values().contains(compared.group(1)), MODEL, "a condition compares with '"
                    + compared.group(1) + "', which is no ProcessConstants.Decision value nor SearchOutcome");
        }
        assertNoFindings();
    }

    @Test
    void everyFormOfTheModelsExistsWithItsKeyAndItsFieldsAreTheCodesVariables() {
        Map<String, JsonNode> forms = forms();
        Map<String, Contract> shownBy = new LinkedHashMap<>();
        for (Contract contract : CONTRACTS) {
            Matcher formRefs = Pattern.compile("id=\"([^\"]+)\"[^>]*camunda:formRef=\"([^\"]+)\"")
                    .matcher(read(contract.file()));
            while (formRefs.find()) {
                String element = formRefs.group(1);
                String key = formRefs.group(2);
                shownBy.put(key, contract);
                expect(forms.containsKey(key), contract.file(), element + " shows the form '" + key
                        + "', but no forms/*.form has that id (forms: " + forms.keySet() + ")");
            }
        }
        forms.forEach((key, form) -> {
            String file = "forms/" + key + ".form";
            expect(shownBy.containsKey(key), file, "the form '" + key + "' is shown by no element of " + MODEL
                    + " or " + NOTICE_MODEL);
            Contract contract = shownBy.getOrDefault(key, CASE);
            Set<String> variables = contract.variables();
            String constant = contract.constants() + ".Variable";
            Map<String, Set<String>> tableColumns = Map.of(
                    ProcessConstants.Variable.CUSTOMER_RESULTS, SearchResultsScreen.RESULT_COLUMNS,
                    ProcessConstants.Variable.CUSTOMER_CONTRACTS, PartnerDataScreen.CONTRACT_COLUMNS);
            components(form).forEach(component -> {
                if ("table".equals(component.path("type").asText())) {
                    String rows = component.path("dataSource").asText().replaceFirst("^=", "");
                    expect(tableColumns.containsKey(rows), file, "the table shows '" + rows
                            + "', which the code fills with no rows");
                    Set<String> columns = new TreeSet<>();
                    component.path("columns").forEach(column -> columns.add(column.path("key").asText()));
                    expect(!tableColumns.containsKey(rows) || tableColumns.get(rows).containsAll(columns), file,
                            "the table of '" + rows + "' shows the columns " + columns + ", the code's rows have "
                                    + new TreeSet<>(tableColumns.getOrDefault(rows, Set.of())));
                } else if (component.has("key")) {
                    expect(variables.contains(component.path("key").asText()), file, "the field key '"
                            + component.path("key").asText() + "' is no " + constant + " (the server "
                            + "checks the submission by those names)");
                }
            });
            form.findValues("valuesKey").forEach(field -> expect(variables.contains(field.asText()), file,
                    "the options variable '" + field.asText() + "' is no " + constant));
            form.findValues("text").forEach(text -> {
                Matcher templated = Pattern.compile("\\{\\{\\s*#?(?:if\\s+)?([A-Za-z]+)").matcher(text.asText());
                while (templated.find()) {
                    expect(variables.contains(templated.group(1)), file, "the text shows '{{"
                            + templated.group(1) + "}}', which is no " + constant);
                }
            });
            form.findValues("hide").forEach(condition -> {
                Matcher compared = COMPARISON.matcher(condition.asText());
                while (compared.find()) {
                    expect(variables.contains(compared.group(1)) && contract.values().contains(compared.group(2)),
                            file, "the condition " + condition.asText() + " compares '" + compared.group(1)
                                    + "' with '" + compared.group(2) + "': no " + constant + " or no value of "
                                    + contract.constants());
                }
            });
            components(form).stream().filter(field -> field.path("key").asText().endsWith("Decision"))
                    .flatMap(field -> stream(field.path("values")))
                    .forEach(option -> expect(contract.values().contains(option.path("value").asText()), file,
                            "the decision option '" + option.path("value").asText()
                                    + "' is no ProcessConstants.Decision value"));
        });
        assertNoFindings();
    }

    @Test
    void theBusinessRuleTaskAndTheDecisionTableAgreeWithTheCode() {
        String dmnFile = EligibilityTable.RESOURCE;
        DmnModelInstance dmn = Dmn.readModelFromFile(ROOT.resolve(dmnFile).toFile());
        Decision decision = dmn.getModelElementById(EligibilityTable.DECISION_KEY);
        expect(decision != null, dmnFile, "no decision with id '" + EligibilityTable.DECISION_KEY
                + "' (EligibilityTable.DECISION_KEY)");
        BaseElement task = model.getModelElementById(ProcessConstants.Element.DECIDE_ELIGIBILITY);
        if (task instanceof BusinessRuleTask rule) {
            expect(EligibilityTable.DECISION_KEY.equals(rule.getCamundaDecisionRef()), MODEL,
                    rule.getId() + " evaluates the decision '" + rule.getCamundaDecisionRef() + "', the code reads '"
                            + EligibilityTable.DECISION_KEY + "'");
            expect(ProcessConstants.Variable.ELIGIBILITY_RESULT.equals(rule.getCamundaResultVariable()), MODEL,
                    rule.getId() + " puts its result into '" + rule.getCamundaResultVariable()
                            + "', Task_CheckEligibility reads '" + ProcessConstants.Variable.ELIGIBILITY_RESULT + "'");
            expect("singleResult".equals(rule.getCamundaMapDecisionResult()), MODEL,
                    rule.getId() + " must map the decision result as singleResult (one row, all its outputs)");
        } else {
            expect(false, MODEL, "'" + ProcessConstants.Element.DECIDE_ELIGIBILITY + "' is no business rule task");
        }
        if (decision != null) {
            Set<String> inputs = decision.getModelInstance().getModelElementsByType(InputExpression.class).stream()
                    .map(input -> input.getText().getTextContent().trim()).collect(Collectors.toCollection(TreeSet::new));
            expect(inputs.equals(new TreeSet<>(constants(EligibilityTable.Input.class).values())), dmnFile,
                    "the inputs are " + inputs + ", the code gives " + constants(EligibilityTable.Input.class).values());
            List<Output> outputs = List.copyOf(dmn.getModelElementsByType(Output.class));
            Set<String> outputNames = outputs.stream().map(Output::getName).collect(Collectors.toCollection(TreeSet::new));
            expect(outputNames.equals(new TreeSet<>(constants(EligibilityTable.Output.class).values())), dmnFile,
                    "the outputs are " + outputNames + ", the code reads "
                            + constants(EligibilityTable.Output.class).values());
            Set<String> allowed = Stream.concat(Stream.of(EligibilityTable.NOT_ELIGIBLE),
                    Stream.of(AccessCase.values()).map(Enum::name)).collect(Collectors.toSet());
            int decisionColumn = outputs.stream().map(Output::getName).toList().indexOf(EligibilityTable.Output.DECISION);
            dmn.getModelElementsByType(org.camunda.bpm.model.dmn.instance.Rule.class).forEach(rule -> {
                List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
                if (decisionColumn >= 0 && decisionColumn < entries.size()) {
                    String value = entries.get(decisionColumn).getText().getTextContent().trim().replace("\"", "");
                    expect(allowed.contains(value), dmnFile, "the row " + rule.getId() + " decides '" + value
                            + "'; the code knows " + new TreeSet<>(allowed));
                }
            });
        }
        assertNoFindings();
    }

    @Test
    void theCockpitPluginNamesTheModelsIdsAndTheCodesVariables() {
        String plugin = readScripts(PLUGIN);
        Set<String> variables = new TreeSet<>(constants(ProcessConstants.Variable.class).values());
        Matcher key = Pattern.compile("const PROCESS_KEY = '([^']+)'").matcher(plugin);
        expect(key.find() && key.group(1).equals(ProcessConstants.PROCESS_KEY), PLUGIN,
                "PROCESS_KEY is not '" + ProcessConstants.PROCESS_KEY + "'");
        Set<String> outcomes = ids(block(plugin, "OUTCOMES"), "id: '([A-Za-z_]+)'");
        Set<String> endEvents = model.getModelElementsByType(EndEvent.class).stream().map(EndEvent::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        expect(outcomes.equals(endEvents), PLUGIN, "OUTCOMES lists " + outcomes + ", the end events of " + MODEL
                + " are " + endEvents);
        Set<String> catchEvents = model.getModelElementsByType(IntermediateCatchEvent.class).stream()
                .map(IntermediateCatchEvent::getId).collect(Collectors.toSet());
        ids(block(plugin, "CODE_EVENTS"), "([A-Za-z_]+):").forEach(id -> expect(catchEvents.contains(id), PLUGIN,
                "CODE_EVENTS names '" + id + "', which is no catch event of " + MODEL));
        Set<String> elements = new TreeSet<>(constants(ProcessConstants.Element.class).values());
        ids(plugin, "activityId === '([A-Za-z_]+)'").forEach(id -> expect(elements.contains(id)
                && model.getModelElementById(id) != null, PLUGIN, "it looks for the activity '" + id
                + "', which is no ProcessConstants.Element of " + MODEL));
        ids(block(plugin, "SHOWN_VARIABLES"), "'([A-Za-z]+)'").stream()
                .filter(name -> !PLUGIN_VARIABLES_OF_OLDER_CASES.contains(name))
                .forEach(name -> expect(variables.contains(name), PLUGIN, "SHOWN_VARIABLES reads '" + name
                        + "', which is no ProcessConstants.Variable"));
        ids(block(plugin, "DECISIONS"), "\\n  ([A-Za-z]+):").forEach(name -> expect(variables.contains(name), PLUGIN,
                "DECISIONS names the variable '" + name + "', which is no ProcessConstants.Variable"));
        Set<String> shown = ids(block(plugin, "SHOWN_VARIABLES"), "'([A-Za-z]+)'");
        shown.removeAll(PLUGIN_VARIABLES_OF_OLDER_CASES);
        expect(shown.equals(new TreeSet<>(CaseHistoryPolicy.CHANGES_SHOWN)), PLUGIN, "SHOWN_VARIABLES " + shown
                + " are not the variables whose changes the plugin shows by CaseHistoryPolicy, CHANGES_SHOWN "
                + new TreeSet<>(CaseHistoryPolicy.CHANGES_SHOWN));
        shown.stream().filter(CaseHistoryPolicy.SCREEN_DATA::contains).forEach(name -> expect(false, PLUGIN,
                "SHOWN_VARIABLES reads '" + name + "', which CaseHistoryPolicy keeps out of the history"));
        Set<String> kinds = ids(block(plugin, "ACTIVITY_KINDS"), "\\n  ([A-Za-z]+):");
        expect(kinds.equals(new TreeSet<>(CaseHistoryPolicy.ACTIVITY_TYPES_SHOWN)), PLUGIN, "ACTIVITY_KINDS " + kinds
                + " are not the activity types CaseHistoryPolicy keeps in the history, ACTIVITY_TYPES_SHOWN "
                + new TreeSet<>(CaseHistoryPolicy.ACTIVITY_TYPES_SHOWN));
        assertNoFindings();
    }

    @Test
    void theHistoryKeepsOrLeavesOutEveryKindOfStepOfTheModels() {
        for (String file : List.of(MODEL, NOTICE_MODEL)) {
            BpmnModelInstance instance = Bpmn.readModelFromFile(ROOT.resolve(file).toFile());
            for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
                String type = activityType(node);
                expect(CaseHistoryPolicy.ACTIVITY_TYPES_SHOWN.contains(type)
                        || CaseHistoryPolicy.ACTIVITY_TYPES_LEFT_OUT.contains(type), file, node.getId() + " is a "
                        + type + ": put it in CaseHistoryPolicy's ACTIVITY_TYPES_SHOWN (and the audit plugin's"
                        + " ACTIVITY_KINDS) or in ACTIVITY_TYPES_LEFT_OUT");
            }
        }
        expect(Collections.disjoint(CaseHistoryPolicy.ACTIVITY_TYPES_SHOWN, CaseHistoryPolicy.ACTIVITY_TYPES_LEFT_OUT),
                "CaseHistoryPolicy", "an activity type is both shown and left out");
        assertNoFindings();
    }

    /** The activity type the engine records for a flow node of these models (ActivityTypes). */
    private static String activityType(FlowNode node) {
        List<String> definitions = node instanceof Event event
                ? event.getChildElementsByType(EventDefinition.class).stream()
                        .map(definition -> definition.getElementType().getTypeName()).toList()
                : List.of();
        String definition = definitions.isEmpty() ? "none" : definitions.get(0);
        String element = node.getElementType().getTypeName();
        return switch (element + ":" + definition) {
            case "startEvent:none" -> ActivityTypes.START_EVENT;
            case "endEvent:none" -> ActivityTypes.END_EVENT_NONE;
            case "userTask:none" -> ActivityTypes.TASK_USER_TASK;
            case "serviceTask:none" -> ActivityTypes.TASK_SERVICE;
            case "businessRuleTask:none" -> ActivityTypes.TASK_BUSINESS_RULE;
            case "exclusiveGateway:none" -> ActivityTypes.GATEWAY_EXCLUSIVE;
            case "eventBasedGateway:none" -> ActivityTypes.GATEWAY_EVENT_BASED;
            case "intermediateCatchEvent:messageEventDefinition" -> ActivityTypes.INTERMEDIATE_EVENT_MESSAGE;
            case "intermediateCatchEvent:timerEventDefinition" -> ActivityTypes.INTERMEDIATE_EVENT_TIMER;
            case "intermediateThrowEvent:messageEventDefinition" -> ActivityTypes.INTERMEDIATE_EVENT_MESSAGE_THROW;
            case "boundaryEvent:messageEventDefinition" -> ActivityTypes.BOUNDARY_MESSAGE;
            case "boundaryEvent:errorEventDefinition" -> ActivityTypes.BOUNDARY_ERROR;
            case "boundaryEvent:timerEventDefinition" -> ActivityTypes.BOUNDARY_TIMER;
            default -> element + " with " + definition + " (not mapped here: see ActivityTypes)";
        };
    }

    @Test
    void everyTemplatedTaskIsWiredAsItsElementTemplateSays() throws IOException {
        String templatesFile = "element-templates/lifeaccess.json";
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        new ObjectMapper().readTree(ROOT.resolve(templatesFile).toFile())
                .forEach(template -> templates.put(template.path("id").asText() + "@" + template.path("version").asInt(), template));
        Set<String> beans = beanNames();
        templates.values().forEach(template -> template.path("properties").forEach(property -> {
            if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
                firstNames(property.path("value").asText()).forEach(bean -> expect(beans.contains(bean), templatesFile,
                        template.path("id").asText() + " names a bean '" + bean + "' that no @Component is called"));
            }
        }));
        Matcher templated = Pattern.compile("<bpmn:\\w+ id=\"([^\"]+)\"[^>]*?camunda:modelerTemplate=\"([^\"]+)\" "
                + "camunda:modelerTemplateVersion=\"(\\d+)\"[^>]*>").matcher(modelText);
        while (templated.find()) {
            String element = templated.group(1);
            JsonNode template = templates.get(templated.group(2) + "@" + templated.group(3));
            expect(template != null, MODEL, element + " uses the element template " + templated.group(2) + " version "
                    + templated.group(3) + ", which " + templatesFile + " does not have");
            if (template == null) {
                continue;
            }
            String tag = templated.group(0);
            template.path("properties").forEach(property -> {
                String attribute = property.path("binding").path("name").asText();
                String value = property.path("value").asText();
                expect(tag.contains(attribute + "=\"" + value + "\""), MODEL, element + " must have " + attribute + "=\""
                        + value + "\" as its template " + templated.group(2) + " sets");
            });
        }
        assertNoFindings();
    }

    @Test
    void everyUserTaskHasAForm() {
        for (Contract contract : CONTRACTS) {
            Bpmn.readModelFromFile(ROOT.resolve(contract.file()).toFile()).getModelElementsByType(UserTask.class)
                    .forEach(task -> expect(task.getCamundaFormRef() != null, contract.file(),
                            task.getId() + " has no form (camunda:formRef)"));
        }
        assertNoFindings();
    }

    private void expect(boolean holds, String file, String finding) {
        if (!holds) {
            findings.add(ROOT.resolve(file).normalize() + ": " + finding);
        }
    }

    private void assertNoFindings() {
        assertThat(findings).as("the model, the forms, the decision table and the plugin must match the code:%n%s",
                String.join(System.lineSeparator(), findings)).isEmpty();
    }

    private static Map<String, String> constants(Class<?> holder) {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    private static Set<String> beanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        return scanner.findCandidateComponents("hu.insurer.lifeaccess").stream()
                .map(definition -> names.generateBeanName(definition, registry)).collect(Collectors.toSet());
    }

    private static List<String> firstNames(String expression) {
        List<String> names = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Map<String, JsonNode> forms() {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(ROOT.resolve("forms"))) {
            Map<String, JsonNode> forms = new LinkedHashMap<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
                JsonNode form = json.readTree(file.toFile());
                forms.put(form.path("id").asText(file.getFileName().toString()), form);
            }
            return forms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every component of a form, those inside groups included. */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        container.path("components").forEach(component -> {
            all.add(component);
            all.addAll(components(component));
        });
        return all;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    /** The text of a top-level {@code const NAME = [...]} or {@code {...}} of the plugin. */
    private static String block(String script, String name) {
        int start = script.indexOf("const " + name + " = ");
        if (start < 0) {
            throw new AssertionError(PLUGIN + ": no const " + name);
        }
        int end = Stream.of("\n};", "\n];", "\n]);", "\n});").mapToInt(close -> script.indexOf(close, start))
                .filter(index -> index >= 0).min().orElseThrow();
        return script.substring(start, end);
    }

    private static Set<String> ids(String text, String regex) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String readScripts(String folder) {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(path -> path.toString().endsWith(".js")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
