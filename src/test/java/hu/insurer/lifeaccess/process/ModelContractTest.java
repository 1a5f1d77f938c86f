package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
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

/**
 * The contract between what process owners edit in Modeler (bpmn/, dmn/, forms/) and what code depends on: the Java
 * constants ({@link ProcessConstants}, {@link EligibilityTable}), the Spring beans the model's expressions name, and
 * the Cockpit plugin's constants. Each finding names the file and the id, so a rename in Modeler is caught here, not
 * by an agent. {@code -Dcontract.root=DIR} checks a copy of the project's files instead.
 */
class ModelContractTest {

    static final Path ROOT = Path.of(System.getProperty("contract.root", "."));
    static final String MODEL = "bpmn/security-code-issuance.bpmn";
    /** The plugin's modules, read as one text. */
    static final String PLUGIN =
            "src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/lifeaccess-audit/";
    /** Read by the plugin for cases from before the case record kept the request form; nothing sets it any more. */
    static final Set<String> PLUGIN_VARIABLES_OF_OLDER_CASES = Set.of("requestForm");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");

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
    void everyBeanTheModelNamesExistsAndEveryVariableItReadsIsAConstant() {
        Set<String> beans = beanNames();
        Set<String> variables = new TreeSet<>(constants(ProcessConstants.Variable.class).values());
        for (String attribute : List.of("delegateExpression", "assignee")) {
            Matcher values = Pattern.compile("camunda:" + attribute + "=\"([^\"]*)\"").matcher(modelText);
            while (values.find()) {
                firstNames(values.group(1)).forEach(bean -> expect(beans.contains(bean), MODEL,
                        "camunda:" + attribute + " names a bean '" + bean + "' that no @Component is called"));
            }
        }
        Matcher retries = Pattern.compile("<camunda:failedJobRetryTimeCycle>([^<]*)<").matcher(modelText);
        while (retries.find()) {
            firstNames(retries.group(1)).forEach(bean -> expect(beans.contains(bean), MODEL,
                    "the retry cycle names a bean '" + bean + "' that no @Component is called"));
        }
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
        Set<String> decisionValues = new TreeSet<>(constants(ProcessConstants.Decision.class).values());
        Stream.of(SearchOutcome.values()).map(Enum::name).forEach(decisionValues::add);
        Matcher compared = Pattern.compile("== '([A-Z_]+)'").matcher(modelText);
        while (compared.find()) {
            expect(decisionValues.contains(compared.group(1)), MODEL, "a condition compares with '"
                    + compared.group(1) + "', which is no ProcessConstants.Decision value nor SearchOutcome");
        }
        assertNoFindings();
    }

    @Test
    void everyFormOfTheModelExistsWithItsKeyAndItsFieldsAreTheCodesVariables() {
        Set<String> variables = new TreeSet<>(constants(ProcessConstants.Variable.class).values());
        Set<String> decisionValues = new TreeSet<>(constants(ProcessConstants.Decision.class).values());
        Map<String, JsonNode> forms = forms();
        Set<String> referenced = new TreeSet<>();
        Matcher formRefs = Pattern.compile("id=\"([^\"]+)\"[^>]*camunda:formRef=\"([^\"]+)\"").matcher(modelText);
        while (formRefs.find()) {
            String element = formRefs.group(1);
            String key = formRefs.group(2);
            referenced.add(key);
            expect(forms.containsKey(key), MODEL, element + " shows the form '" + key
                    + "', but no forms/*.form has that id (forms: " + forms.keySet() + ")");
        }
        forms.forEach((key, form) -> {
            String file = "forms/" + key + ".form";
            expect(referenced.contains(key), file, "the form '" + key + "' is shown by no element of " + MODEL);
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
                            + component.path("key").asText() + "' is no ProcessConstants.Variable (the server "
                            + "checks the submission by those names)");
                }
            });
            form.findValues("valuesKey").forEach(field -> expect(variables.contains(field.asText()), file,
                    "the options variable '" + field.asText() + "' is no ProcessConstants.Variable"));
            form.findValues("text").forEach(text -> {
                Matcher templated = Pattern.compile("\\{\\{\\s*#?(?:if\\s+)?([A-Za-z]+)").matcher(text.asText());
                while (templated.find()) {
                    expect(variables.contains(templated.group(1)), file, "the text shows '{{"
                            + templated.group(1) + "}}', which is no ProcessConstants.Variable");
                }
            });
            components(form).stream().filter(field -> field.path("key").asText().endsWith("Decision"))
                    .flatMap(field -> stream(field.path("values")))
                    .forEach(option -> expect(decisionValues.contains(option.path("value").asText()), file,
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
        assertNoFindings();
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
        model.getModelElementsByType(UserTask.class).forEach(task -> expect(task.getCamundaFormRef() != null, MODEL,
                task.getId() + " has no form (camunda:formRef)"));
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
