package hu.insurer.lifeaccess.process.guard;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A command the engine guard does not let a non-administrator run. An authorization exception, so that engine-rest
 * and the webapps' engine API answer 403 (they pass it on where they turn other engine exceptions into 500).
 */
public class ClosedDoorException extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    public ClosedDoorException(String message) {
        super(message);
    }
}
