package hu.insurer.lifeaccess.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;

/**
 * Process test coverage: records every flow node the engine enters and every sequence flow it takes, and
 * compares them with the model. Registered as an engine plugin in the integration tests' application context.
 */
public class ProcessCoverage extends AbstractCamundaConfiguration {

    private static final Set<String> REACHED = ConcurrentHashMap.newKeySet();

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<BpmnParseListener> listeners =
                configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new Recorder());
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    /** Writes target/process-coverage/KEY.txt and returns the model elements no test reached. */
    public static Set<String> report(String processKey, String modelResource) {
        BpmnModelInstance model;
        try (InputStream in = ProcessCoverage.class.getClassLoader().getResourceAsStream(modelResource)) {
            model = Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> elements = new TreeSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(node -> elements.add(node.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(flow -> elements.add(flow.getId()));
        Set<String> missing = new TreeSet<>(elements);
        Set<String> reached = new TreeSet<>();
        REACHED.stream().filter(id -> id.startsWith(processKey + ":"))
                .map(id -> id.substring(processKey.length() + 1)).forEach(reached::add);
        // the engine does not "take" the flows behind an event-based gateway: the event that fired proves its flow
        model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getSource() instanceof EventBasedGateway && reached.contains(flow.getTarget().getId()))
                .forEach(flow -> reached.add(flow.getId()));
        missing.removeAll(reached);
        int covered = elements.size() - missing.size();
        String report = "Process " + processKey + ": " + covered + " of " + elements.size()
                + " flow nodes and sequence flows covered (" + (100 * covered / elements.size()) + " %)\n"
                + (missing.isEmpty() ? "" : "Not covered: " + String.join(", ", missing) + "\n");
        try {
            Path file = Path.of("target", "process-coverage", processKey + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print("[coverage] " + report);
        return missing;
    }

    private static final class Recorder extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
            record(definition, definition.getKey());
        }

        private static void record(ScopeImpl scope, String key) {
            for (ActivityImpl activity : scope.getActivities()) {
                String id = activity.getId();
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> REACHED.add(key + ":" + id));
                activity.getOutgoingTransitions().forEach(transition -> ((TransitionImpl) transition).addListener(
                        ExecutionListener.EVENTNAME_TAKE,
                        (ExecutionListener) execution -> REACHED.add(key + ":" + transition.getId())));
                record(activity, key);
            }
        }
    }
}
