package org.cosmodrome;

import java.util.Arrays;

import org.cosmodrome.physics.cli.FallCommand;
import org.cosmodrome.planning.cli.ForecastCommand;
import org.cosmodrome.planning.cli.ScheduleCommand;
import org.cosmodrome.rangesafety.DispersionCommand;
import org.cosmodrome.platform.AdminMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cosmodrome: the operations platform of a shared spaceport. Each direct sub-package is one capability
 * (an application module, verified by Spring Modulith); {@code platform} holds the infrastructure they share.
 * <p>
 * {@code java -jar cosmodrome-app.jar} serves the console and the API; {@code java -jar cosmodrome-app.jar admin
 * <command> [args]} runs one administration command instead and exits with its code ({@link AdminMode});
 * {@code java -jar cosmodrome-app.jar schedule --input problem.json --output plan.json} solves a schedule-v1 problem
 * without starting Spring or a database ({@link ScheduleCommand}), {@code forecast ...} runs a forecast scenario
 * ({@link ForecastCommand}); {@code fall ...} computes one ballistic impact
 * ({@link FallCommand}) and {@code dispersion ...} a range-safety analysis on the data set ({@link DispersionCommand}),
 * likewise without Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CosmodromeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("schedule")) {
            // Spring's logging setup does not run here: keep the solver's per-solve INFO lines off the summary.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold"))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
            System.exit(ScheduleCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("forecast")) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold"))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
            System.exit(ForecastCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("fall")) {
            System.exit(FallCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("dispersion")) {
            System.exit(DispersionCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("admin")) {
            System.exit(AdminMode.run(CosmodromeApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(CosmodromeApplication.class, args);
    }
}
