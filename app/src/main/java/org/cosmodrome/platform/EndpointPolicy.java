package org.cosmodrome.platform;

/** A module's declaration of who may call each of its endpoints. */
public interface EndpointPolicy {

    void declare(EndpointRules rules);
}
