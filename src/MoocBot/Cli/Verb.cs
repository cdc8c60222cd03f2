using System.CommandLine;

namespace MoocBot.Cli;

/// <summary>A verb of the command line, with the one-line usage that help lists and a parse error repeats.</summary>
internal sealed class Verb(string name, string description, string usage) : Command(name, description)
{
    public string Usage { get; } = usage;
}
