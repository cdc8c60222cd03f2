using System.ComponentModel.DataAnnotations;

namespace MoocBot.Hosting;

/// <summary>Where the fact repository is.</summary>
internal sealed class FactsOptions
{
    public const string SectionName = "Facts";

    /// <summary>The facts file; a relative path is looked up in the current folder, then next to the executable.</summary>
    [Required]
    public string Path { get; set; } = "data/facts.json";

    public string ResolvePath()
    {
        if (System.IO.Path.IsPathRooted(Path))
        {
            return Path;
        }

        var fromCurrent = System.IO.Path.GetFullPath(Path);
        return File.Exists(fromCurrent) ? fromCurrent : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
    }
}
