namespace MoocBot.Core.Notices;

/// <summary>How many deliveries are in each state.</summary>
/// <param name="Pending">Not yet accepted by the platform (including those waiting for a retry).</param>
/// <param name="Sent">Accepted by the platform.</param>
/// <param name="Failed">Given up after permanent errors or too many transient ones.</param>
/// <param name="Dropped">Not sent because the chat is gone or unsubscribed from the notice's topic.</param>
public sealed record DeliveryCounts(int Pending, int Sent, int Failed, int Dropped);
