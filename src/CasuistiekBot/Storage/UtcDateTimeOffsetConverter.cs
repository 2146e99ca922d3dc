using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CasuistiekBot.Storage;

/// <summary>Npgsql only writes offset-zero values to timestamptz; normalise instead of failing on a local time.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
