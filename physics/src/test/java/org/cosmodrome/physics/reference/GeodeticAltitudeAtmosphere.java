package org.cosmodrome.physics.reference;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.models.earth.atmosphere.Atmosphere;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;

/**
 * One of our static atmospheres seen by Orekit: the density at the exact geodetic altitude above an Orekit ellipsoid
 * (WGS-84 in the ITRF for the reference fall). The air co-rotates with the ellipsoid's frame (Orekit's default
 * {@link Atmosphere#getVelocity}): no wind.
 */
final class GeodeticAltitudeAtmosphere implements Atmosphere {

    private final org.cosmodrome.physics.atmosphere.Atmosphere model;
    private final OneAxisEllipsoid earth;

    GeodeticAltitudeAtmosphere(org.cosmodrome.physics.atmosphere.Atmosphere model, OneAxisEllipsoid earth) {
        this.model = model;
        this.earth = earth;
    }

    @Override
    public Frame getFrame() {
        return earth.getBodyFrame();
    }

    @Override
    public double getDensity(AbsoluteDate date, Vector3D position, Frame frame) {
        return model.density(earth.transform(position, frame, date).getAltitude());
    }

    /**
     * The density as a constant of the field: its derivatives are not carried, which is enough for a propagation
     * without partial derivatives (the only use here).
     */
    @Override
    public <T extends CalculusFieldElement<T>> T getDensity(FieldAbsoluteDate<T> date, FieldVector3D<T> position,
            Frame frame) {
        return date.getField().getZero().newInstance(
                getDensity(date.toAbsoluteDate(), position.toVector3D(), frame));
    }
}
