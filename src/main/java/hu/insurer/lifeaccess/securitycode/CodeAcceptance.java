package hu.insurer.lifeaccess.securitycode;

import java.util.List;

/** A send the provider accepted: what the case may know of its code, and the other cases whose code it replaced. */
public record CodeAcceptance(IssuedCode code, List<String> supersededCases) {
}
