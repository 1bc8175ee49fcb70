package org.cosmodrome.platform;

/** A security principal that knows the {@link Actor} it stands for. */
public interface ActsAs {

    Actor actor();
}
