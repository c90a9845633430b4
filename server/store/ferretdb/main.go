// Command ferretdb runs an embedded FerretDB (MongoDB wire protocol over SQLite)
// for development and tests. Production points MONGODB_URI at a real MongoDB.
//
// It prints one line "READY <mongodb-uri>" on stdout once it accepts connections,
// and stops on SIGINT/SIGTERM, or when stdin closes if -watch-stdin is set (so a
// crashed parent never leaves it running).
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	_ "modernc.org/sqlite"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (port 0 picks a free port)")
	dataDir := flag.String("data", "data/db", "folder holding the SQLite files")
	watchStdin := flag.Bool("watch-stdin", false, "exit when stdin reaches end of file")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	if err := run(*listen, *dataDir, *watchStdin, *logLevel); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}
}

func run(listen, dataDir string, watchStdin bool, logLevel string) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(logLevel)); err != nil {
		return fmt.Errorf("bad -log-level: %w", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(abs, 0o700); err != nil {
		return err
	}

	// Tables that exist get their lookup index before the first request; tables made later within seconds.
	indexIDLookups(abs, logger)

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	done := make(chan struct{})
	go func() {
		_ = f.Run(ctx)
		close(done)
	}()
	go func() {
		tick := time.NewTicker(idIndexEvery)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				indexIDLookups(abs, logger)
			}
		}
	}()

	fmt.Println("READY " + f.MongoDBURI())
	<-done
	return nil
}

// How often collections created since the last pass get their _id lookup index.
const idIndexEvery = 5 * time.Second

// indexIDLookups gives the table of every collection, in every database file of dir, an index on the very
// expression FerretDB v1.24's SQLite backend filters an _id equality by (_ferretdb_sjson->'$._id'). The unique _id
// index FerretDB creates is on _ferretdb_sjson->"_id", which SQLite does not match to that filter: without this
// index every find, update or delete by _id scans its whole table, and a lookup costs as much as the collection
// is large. IF NOT EXISTS makes a pass over indexed tables cheap; SQLite's busy timeout (FerretDB sets 10 s) lets
// FerretDB's own writes wait out an index being built.
func indexIDLookups(dir string, logger *slog.Logger) {
	files, err := filepath.Glob(filepath.Join(dir, "*.sqlite"))
	if err != nil {
		return
	}
	for _, file := range files {
		if err := indexDatabase(file); err != nil {
			logger.Warn("_id lookup index not created", "file", file, "err", err)
		}
	}
}

func indexDatabase(file string) error {
	db, err := sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(wal)")
	if err != nil {
		return err
	}
	defer db.Close()
	var metadata int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_ferretdb_collections'`).Scan(&metadata); err != nil || metadata == 0 {
		return err
	}
	rows, err := db.Query(`SELECT table_name FROM _ferretdb_collections`)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, table)
	}
	rows.Close()
	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (_ferretdb_sjson->'$._id')`, table+"__id_lookup", table)
		if _, err := db.Exec(q); err != nil {
			return err
		}
	}
	return nil
}
