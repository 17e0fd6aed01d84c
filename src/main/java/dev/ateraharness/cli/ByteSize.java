package dev.ateraharness.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a size option: a count of bytes ({@code 1000000}) or one with a binary or decimal unit ({@code 16MiB},
 * {@code 512KiB}, {@code 1GiB}, {@code 10MB}, {@code 1kB}, {@code 100B}); ASCII digits only, at least 1 byte.
 */
final class ByteSize implements CommandLine.ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,19})\\s*([a-zA-Z]*)");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.trim());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("not a size: '" + value + "' (e.g. 16MiB, 512KiB, 1000000)");
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1L;
            case "kib", "k" -> 1L << 10;
            case "mib", "m" -> 1L << 20;
            case "gib", "g" -> 1L << 30;
            case "kb" -> 1_000L;
            case "mb" -> 1_000_000L;
            case "gb" -> 1_000_000_000L;
            default -> throw new CommandLine.TypeConversionException("unknown size unit '" + m.group(2) + "' in '"
                    + value + "' (B, KiB, MiB, GiB, kB, MB, GB)");
        };
        try {
            long n = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
            if (n < 1) {
                throw new CommandLine.TypeConversionException("a size must be at least 1 byte: '" + value + "'");
            }
            return n;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CommandLine.TypeConversionException("size too large: '" + value + "'");
        }
    }
}
