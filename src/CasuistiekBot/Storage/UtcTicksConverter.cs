using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CasuistiekBot.Storage;

/// <summary>
/// SQLite has no date type: EF would store text with the offset, which neither sorts nor compares correctly across
/// offsets. UTC ticks do both, and EF can translate comparisons and ORDER BY on them.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
