namespace MoocBot.Core.Diagnostics;

/// <summary>
/// The store cannot keep what is written to it (its file was deleted or replaced under the running bot, or it refuses
/// writes). The message says what happened and what to do, and never carries a connection string.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
