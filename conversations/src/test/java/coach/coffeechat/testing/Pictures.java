package coach.coffeechat.testing;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** What tests measure of a rendered chart: how much of it is drawn on, and with how many colours. */
public final class Pictures {
    private Pictures() {
    }

    /** The share of pixels that are not white, 0 to 1. */
    public static double nonWhiteShare(BufferedImage image) {
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                drawn += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return (double) drawn / ((long) image.getWidth() * image.getHeight());
    }

    /** How many distinct colours every other pixel of every other row holds. */
    public static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
