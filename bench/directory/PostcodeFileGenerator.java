import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a made-up postcode file in the ONS Postcode Directory's CSV layout (quoted header, pcd/pcd2/pcds,
 * dates, grid reference, lat/long; a few terminated rows without a place, as the real file has), for the
 * postcode import benchmark. Plain JDK: {@code java bench/directory/PostcodeFileGenerator.java OUT [ROWS]}.
 * The default is 2,700,000 rows, the size of the full file; the postcodes are unique and look real
 * (outward code, space, digit and two letters) but are not.
 */
public class PostcodeFileGenerator {

    static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 2_700_000L;
        Random random = new Random(2026);
        long started = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("\"pcd\",\"pcd2\",\"pcds\",\"dointr\",\"doterm\",\"oseast1m\",\"osnrth1m\",\"osgrdind\",\"lat\",\"long\"\n");
            long n = 0;
            outer:
            for (int area = 0; ; area++) {
                String outward = "" + (char) ('A' + area / 26 % 26) + (char) ('A' + area % 26);
                for (int district = 1; district <= 99; district++) {
                    String code = outward + district;
                    double lat = 50.2 + random.nextDouble() * 5.5;
                    double lon = -5.0 + random.nextDouble() * 6.5;
                    for (int sector = 0; sector <= 9; sector++) {
                        for (int unit = 0; unit < 400; unit++) {
                            if (n == rows) {
                                break outer;
                            }
                            String inward = sector + "" + LETTERS.charAt(unit / 20) + LETTERS.charAt(unit % 20);
                            String pcds = code + " " + inward;
                            String pcd = String.format(Locale.ROOT, "%-4s%s", code, inward);
                            String pcd2 = String.format(Locale.ROOT, "%-5s%s", code, inward);
                            boolean terminated = random.nextInt(50) == 0;
                            double la = lat + random.nextGaussian() * 0.02;
                            double lo = lon + random.nextGaussian() * 0.03;
                            int easting = (int) (400000 + (lo + 2) * 70000);
                            int northing = (int) ((la - 49.77) * 111000);
                            w.write(String.format(Locale.ROOT, "\"%s\",\"%s\",\"%s\",\"199606\",\"%s\",%s,%s,%s,%s,%s%n",
                                    pcd, pcd2, pcds, terminated ? "201001" : "", terminated ? "" : Integer.toString(easting),
                                    terminated ? "" : Integer.toString(northing), terminated ? "9" : "1",
                                    terminated ? "99.999999" : String.format(Locale.ROOT, "%.6f", la),
                                    terminated ? "0.000000" : String.format(Locale.ROOT, "%.6f", lo)));
                            n++;
                        }
                    }
                }
            }
        }
        System.out.printf("wrote %,d rows to %s (%,d MB) in %.1f s%n", rows, out, Files.size(out) / 1_000_000,
                (System.nanoTime() - started) / 1e9);
    }
}
