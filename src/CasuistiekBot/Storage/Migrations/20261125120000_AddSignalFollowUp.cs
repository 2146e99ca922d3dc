using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>Reminder bookkeeping on signals: when the last reminder went, how many went after the due date, escalation.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261125120000_AddSignalFollowUp")]
internal sealed class AddSignalFollowUp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "reminders_sent", table: "signals", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "overdue_reminders", table: "signals", nullable: false, defaultValue: 0);
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.AddColumn<long>(name: "last_reminder_at", table: "signals", nullable: true);
            migrationBuilder.AddColumn<long>(name: "escalated_at", table: "signals", nullable: true);
        }
        else
        {
            migrationBuilder.AddColumn<DateTimeOffset>(name: "last_reminder_at", table: "signals", nullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "escalated_at", table: "signals", nullable: true);
            // The default only fills existing rows; the model has none, and new rows always carry their counts.
            migrationBuilder.Sql("ALTER TABLE signals ALTER COLUMN reminders_sent DROP DEFAULT, ALTER COLUMN overdue_reminders DROP DEFAULT;");
        }
    }
}
