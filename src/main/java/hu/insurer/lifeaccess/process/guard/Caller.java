package hu.insurer.lifeaccess.process.guard;

import java.util.List;

/** The authenticated user whose command the guard checks. */
record Caller(String userId, List<String> groupIds) {

    boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
