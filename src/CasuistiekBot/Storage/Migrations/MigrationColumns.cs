using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace CasuistiekBot.Storage.Migrations;

internal static class MigrationColumns
{
    /// <summary>A point in time: UTC ticks on SQLite (see <see cref="UtcTicksConverter"/>), timestamptz on PostgreSQL.</summary>
    public static OperationBuilder<AddColumnOperation> Instant(this ColumnsBuilder table, MigrationBuilder migration, string name) =>
        migration.IsSqlite()
            ? table.Column<long>(name: name, nullable: false)
            : table.Column<DateTimeOffset>(name: name, nullable: false);

    /// <summary>An optional point in time, stored like <see cref="Instant"/>.</summary>
    public static OperationBuilder<AddColumnOperation> OptionalInstant(this ColumnsBuilder table, MigrationBuilder migration, string name) =>
        migration.IsSqlite()
            ? table.Column<long>(name: name, nullable: true)
            : table.Column<DateTimeOffset>(name: name, nullable: true);
}
