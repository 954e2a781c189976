#!/bin/sh
# Builds the site and copies it to any web host you can reach with SSH.
#
#   sh publish-rsync.sh user@example.org:/var/www/whatson/
#
# The build checks everything first: on any error nothing is copied. Files the
# new site no longer has are deleted on the host after the new ones are in
# place (--delete-after), so visitors never meet a half-copied site for long.
set -eu
target="${1:?give the host and folder, e.g. user@example.org:/var/www/whatson/}"
whatson build
rsync --recursive --checksum --delete-after --human-readable --itemize-changes \
    --exclude .whatson-manifest public/ "$target"
