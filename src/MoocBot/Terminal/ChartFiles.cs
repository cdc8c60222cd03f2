using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;

namespace MoocBot.Terminal;

/// <summary>
/// Charts as PNG files, for the console chat (which cannot show a picture) and the command line: a file is written
/// where asked, or else into <see cref="DefaultFolder"/> under the chart's own name, replacing an older copy.
/// </summary>
internal sealed class ChartFiles(IChartRenderer renderer, string? folder = null)
{
    /// <summary>Where files go when no path is given: "charts" beside the bot's SQLite file in the user's data folder, else the temp folder.</summary>
    public static string DefaultFolder
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(root)
                ? Path.Combine(Path.GetTempPath(), "MoocBot", "charts")
                : Path.Combine(root, "MoocBot", "charts");
        }
    }

    /// <summary>The folder this instance writes to.</summary>
    public string Folder { get; } = folder ?? DefaultFolder;

    /// <summary>Draws <paramref name="request"/> and writes the PNG to <paramref name="path"/> (or the folder, under the chart's name); returns the full path.</summary>
    public Task<string> WriteAsync(ChartRequest request, string? path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(renderer.RenderReplyImage(request), path, cancellationToken);
    }

    /// <summary>Writes a reply's picture to <paramref name="path"/> (or the folder, under its file name); returns the full path.</summary>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file could not be written.</exception>
    public async Task<string> WriteAsync(ReplyImage image, string? path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);

        // Only the name of the reply's file is used, so a file name can never point outside the folder.
        var name = Path.GetFileName(image.FileName);
        var target = Path.GetFullPath(path ?? Path.Combine(Folder, name.Length == 0 ? "chart.png" : name));
        if (Path.GetDirectoryName(target) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllBytesAsync(target, image.Png.ToArray(), cancellationToken);
        return target;
    }

    /// <summary>
    /// The reply as the console shows it: its text, then where its picture was saved (or why it could not be).
    /// </summary>
    public async Task<string> ToConsoleTextAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = reply.ToPlainText();
        if (reply.Image is not { } image)
        {
            return text;
        }

        try
        {
            var saved = await WriteAsync(image, null, cancellationToken);
            return text + "\n" + MessageCatalogue.Get("chart.saved", reply.Language, saved);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return text + "\n" + MessageCatalogue.Get("chart.not-saved", reply.Language, Folder, ex.Message);
        }
    }
}
