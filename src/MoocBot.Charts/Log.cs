using Microsoft.Extensions.Logging;

namespace MoocBot.Charts;

internal static partial class Log
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
        Message = "No installed font has the glyphs of a {Language} chart, so \"{Title}\" is drawn with English labels instead; install a CJK font (apt-get install fonts-wqy-microhei or fonts-noto-cjk)")]
    public static partial void NoFontForChart(ILogger logger, string language, string title);
}
