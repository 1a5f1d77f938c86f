package hu.insurer.lifeaccess.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this application node in a cluster: {@code life-access.node-id} (environment {@code NODE_ID}), else
 * the host name. It is the job executor's lock owner and the host name in Camunda's job log, so it must differ
 * between nodes: set NODE_ID when two nodes share a host.
 */
@Component
public class NodeIdentity {

    private final String nodeId;

    NodeIdentity(@Value("${life-access.node-id:}") String configured) {
        this.nodeId = configured == null || configured.isBlank() ? hostName() : configured.strip();
    }

    public String nodeId() {
        return nodeId;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
