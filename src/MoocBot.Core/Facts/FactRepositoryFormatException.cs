namespace MoocBot.Core.Facts;

/// <summary>The repository files cannot be read: the message names the file, the fact and the problem.</summary>
public sealed class FactRepositoryFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FactRepositoryFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FactRepositoryFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FactRepositoryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
