package hu.insurer.lifeaccess.process.guard;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * The doors a non-administrator finds shut, grouped only to tell them why in Hungarian; whatever
 * {@link StaffCommands} does not allow is shut, listed here or not.
 */
enum ClosedDoor {

    START_ELSEWHERE("starting a case elsewhere than at its start event",
            "Az ügy csak a kezdőlépésénél, az ügyfélkereső űrlappal indítható.",
            StartProcessInstanceAtActivitiesCmd.class, RestartProcessInstancesCmd.class,
            RestartProcessInstancesBatchCmd.class),
    APPLICATION_PROCESS("starting a process only the application starts",
            "Ezt a folyamatot csak a rendszer indítja, kézzel nem indítható."),
    MODIFICATION("modifying or migrating a case",
            "Egy ügy lépéseit csak adminisztrátor módosíthatja.",
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
            ProcessInstanceModificationBatchCmd.class, MigrateProcessInstanceCmd.class,
            MigrateProcessInstanceBatchCmd.class),
    VARIABLES("changing variables outside a form submission",
            "Az ügy adatai csak a feladat űrlapjának beküldésével változhatnak.",
            SetTaskVariablesCmd.class, RemoveTaskVariablesCmd.class, PatchTaskVariablesCmd.class,
            SetExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class),
    ASSIGNMENT("changing who has a task",
            "Feladatot csak csoportvezető adhat át, és csak ügyintézőnek.",
            ClaimTaskCmd.class, AssignTaskCmd.class, DelegateTaskCmd.class, ResolveTaskCmd.class,
            SetTaskOwnerCmd.class, AddUserIdentityLinkCmd.class, AddGroupIdentityLinkCmd.class,
            DeleteUserIdentityLinkCmd.class, DeleteGroupIdentityLinkCmd.class),
    MESSAGE("delivering a message or signal",
            "Üzenetet vagy jelzést egy ügynek csak a rendszer küldhet.",
            CorrelateMessageCmd.class, CorrelateAllMessageCmd.class, MessageEventReceivedCmd.class,
            SignalCmd.class, SignalEventReceivedCmd.class),
    OTHER("an administrator's command",
            "Ezt a műveletet csak adminisztrátor végezheti el.");

    private final String reason;
    private final String message;
    private final Set<Class<?>> commands;

    ClosedDoor(String reason, String message, Class<?>... commands) {
        this.reason = reason;
        this.message = message;
        this.commands = Set.copyOf(List.of(commands));
    }

    static ClosedDoor of(Command<?> command) {
        for (ClosedDoor door : values()) {
            if (door.commands.contains(command.getClass())) {
                return door;
            }
        }
        return OTHER;
    }

    Refusal refusal() {
        return Refusal.closedDoor(reason, message);
    }

    Refusal refusal(String detail) {
        return Refusal.closedDoor(reason + ": " + detail, message);
    }
}
