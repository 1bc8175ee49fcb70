package org.cosmodrome.vehicles;

/**
 * One stage of a vehicle.
 *
 * @param position flight order, 1 for the first stage (strap-on boosters count as stage 1); alternatives such as
 *        Proton-M's Breeze-M or Blok DM-03 share a position
 * @param name e.g. {@code "Breeze-M upper stage"}
 * @param engine engine designation, or {@code null} when not recorded
 * @param fuel e.g. {@code "UDMH ('heptyl')"}
 * @param oxidiser e.g. {@code "N2O4 ('amyl')"}; {@code null} for solid motors
 * @param propellantClass the hazard class of the combination
 * @param optional {@code true} when the stage flies on some missions only
 */
public record Stage(int position, String name, String engine, String fuel, String oxidiser,
        PropellantClass propellantClass, boolean optional) {

    public boolean isToxic() {
        return propellantClass.isToxic();
    }
}
