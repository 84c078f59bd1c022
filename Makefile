# Builds lede in release mode and installs it under PREFIX (default ~/.local):
#   bin/lede                       a link to the binary, which lives beside its resources
#   libexec/lede/                  the binary, its themes and the sample corpus
#   share/man/man1/lede.1          the manual, generated from the command-line definitions
#   share/bash-completion/completions/lede, share/zsh/site-functions/_lede,
#   share/fish/vendor_completions.d/lede.fish
# `make install PREFIX=~/.local`, `make uninstall PREFIX=~/.local`.
PREFIX ?= $(HOME)/.local
SWIFT ?= swift
RELEASE = .build/release
MANUAL = .build/plugins/GenerateManual/outputs/lede/lede.1

.PHONY: all install uninstall

# The manual plugin builds every product in release mode and runs lede to read its
# definitions: that build is the one installed (a second `swift build -c release` with
# other settings would only build it all again).
all:
	$(SWIFT) package --disable-sandbox generate-manual
	test -x $(RELEASE)/lede

install: all
	install -d "$(PREFIX)/bin" "$(PREFIX)/libexec/lede" "$(PREFIX)/share/man/man1" \
		"$(PREFIX)/share/bash-completion/completions" "$(PREFIX)/share/zsh/site-functions" \
		"$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 $(RELEASE)/lede "$(PREFIX)/libexec/lede/lede"
	# The themes and the sample corpus are found beside the binary (SwiftPM resource bundles).
	rm -rf "$(PREFIX)"/libexec/lede/*.resources
	cp -R $(RELEASE)/lede_*.resources "$(PREFIX)/libexec/lede/"
	ln -sf ../libexec/lede/lede "$(PREFIX)/bin/lede"
	install -m 644 $(MANUAL) "$(PREFIX)/share/man/man1/lede.1"
	"$(PREFIX)/libexec/lede/lede" --generate-completion-script bash > "$(PREFIX)/share/bash-completion/completions/lede"
	"$(PREFIX)/libexec/lede/lede" --generate-completion-script zsh > "$(PREFIX)/share/zsh/site-functions/_lede"
	"$(PREFIX)/libexec/lede/lede" --generate-completion-script fish > "$(PREFIX)/share/fish/vendor_completions.d/lede.fish"

uninstall:
	rm -rf "$(PREFIX)/libexec/lede"
	rm -f "$(PREFIX)/bin/lede" "$(PREFIX)/share/man/man1/lede.1" "$(PREFIX)/share/bash-completion/completions/lede" \
		"$(PREFIX)/share/zsh/site-functions/_lede" "$(PREFIX)/share/fish/vendor_completions.d/lede.fish"
