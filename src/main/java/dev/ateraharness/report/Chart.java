package dev.ateraharness.report;

/**
 * One rendered chart: a PNG and the words that describe it.
 *
 * @param id file-safe identifier ({@code requests-per-second}, ...)
 * @param title shown above the image
 * @param caption one sentence under it
 * @param png the image bytes
 */
public record Chart(String id, String title, String caption, byte[] png) {
}
