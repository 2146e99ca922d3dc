using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Testing.Logging;

public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message, IReadOnlyList<string> Scopes, Exception? Exception);
