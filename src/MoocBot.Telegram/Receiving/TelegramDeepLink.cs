namespace MoocBot.Telegram.Receiving;

/// <summary>
/// t.me/Bot?start=payload links. A payload may hold only A-Z, a-z, 0-9, '_' and '-', so the '.' in a
/// fact id ("national.moocs") travels as '_' ("national_moocs").
/// </summary>
internal static class TelegramDeepLink
{
    public static string EncodePayload(string factId)
    {
        ArgumentNullException.ThrowIfNull(factId);
        return factId.Replace('.', '_');
    }

    /// <summary>The fact ids a payload may stand for, the payload itself first.</summary>
    public static string DecodePayload(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Replace('_', '.');
    }
}
