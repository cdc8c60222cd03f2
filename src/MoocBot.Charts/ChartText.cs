using SkiaSharp;

namespace MoocBot.Charts;

/// <summary>Text drawn straight on the canvas (titles, point labels, legend, footnote), measured with the chart's font.</summary>
internal static class ChartText
{
    public static SKPaint Paint(SKColor color) => new() { Color = color, IsAntialias = true };

    public static float Width(SKFont font, string text) => font.MeasureText(text);

    /// <summary>
    /// Words laid in lines no wider than <paramref name="width"/>; a word longer than that (a run of Chinese, which has no
    /// spaces) is broken between characters.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, font, width)))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="y"/>.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = Paint(color);
        canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>
    /// The word itself when it fits, else as many characters a line as fit (at least one), never breaking inside a number
    /// or a Latin word ("2024") when an earlier break fits.
    /// </summary>
    private static IEnumerable<string> Pieces(string word, SKFont font, float width)
    {
        if (font.MeasureText(word) <= width)
        {
            yield return word;
            yield break;
        }

        var start = 0;
        while (start < word.Length)
        {
            var end = start + 1;
            while (end < word.Length && font.MeasureText(word[start..(end + 1)]) <= width)
            {
                end++;
            }

            var breakAt = end;
            while (breakAt < word.Length && breakAt > start + 1 && IsLatinOrDigit(word[breakAt - 1]) && IsLatinOrDigit(word[breakAt]))
            {
                breakAt--;
            }

            if (breakAt > start + 1 || !IsLatinOrDigit(word[start]))
            {
                end = breakAt;
            }

            yield return word[start..end];
            start = end;
        }
    }

    private static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
