package hu.insurer.lifeaccess.process.guard;

import hu.insurer.lifeaccess.process.FormSubmissionException;

/**
 * Why a command is refused: {@code reason} for the log (names, never values), the exception for the caller with a
 * Hungarian message. The engine APIs answer a {@link ClosedDoorException} with 403 and a refused form submission
 * with 400.
 */
record Refusal(String reason, RuntimeException exception) {

    static Refusal closedDoor(String reason, String message) {
        return new Refusal(reason, new ClosedDoorException(message));
    }

    static Refusal badSubmission(String reason, String message) {
        return new Refusal(reason, new FormSubmissionException(message));
    }
}
