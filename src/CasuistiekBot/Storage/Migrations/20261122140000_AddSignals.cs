using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>The signal register and its per-year reference counter (SG-&lt;year&gt;-&lt;number&gt;).</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261122140000_AddSignals")]
internal sealed class AddSignals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "signals",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                reference = table.Column<string>(nullable: false),
                year = table.Column<int>(nullable: false),
                number = table.Column<int>(nullable: false),
                title = table.Column<string>(nullable: false),
                description = table.Column<string>(nullable: false),
                category = table.Column<string>(nullable: false),
                source_casus_id = table.Column<Guid>(nullable: true),
                owner_aad_object_id = table.Column<string>(nullable: false),
                owner_name = table.Column<string>(nullable: false),
                owner_mt = table.Column<string>(nullable: true),
                transfer_to_aad_object_id = table.Column<string>(nullable: true),
                transfer_to_name = table.Column<string>(nullable: true),
                transfer_to_mt = table.Column<string>(nullable: true),
                due_date = table.Column<DateOnly>(nullable: false),
                status = table.Column<string>(nullable: false),
                resolution = table.Column<string>(nullable: true),
                resolution_text = table.Column<string>(nullable: true),
                motivation = table.Column<string>(nullable: true),
                latest_note = table.Column<string>(nullable: true),
                created_at = table.Instant(migrationBuilder, "created_at"),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
                last_owner_update_at = table.Instant(migrationBuilder, "last_owner_update_at"),
                closed_at = table.OptionalInstant(migrationBuilder, "closed_at"),
                snoozed_until = table.OptionalInstant(migrationBuilder, "snoozed_until"),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_signals", s => s.id));
        migrationBuilder.CreateIndex(name: "ix_signals_reference", table: "signals", column: "reference", unique: true);
        migrationBuilder.CreateIndex(name: "ix_signals_owner_aad_object_id", table: "signals", column: "owner_aad_object_id");
        migrationBuilder.CreateIndex(name: "ix_signals_status", table: "signals", column: "status");

        migrationBuilder.CreateTable(
            name: "signal_counters",
            columns: table => new
            {
                year = table.Column<int>(nullable: false),
                last_number = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_signal_counters", c => c.year));
    }
}
