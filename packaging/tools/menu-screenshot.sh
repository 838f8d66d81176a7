#!/bin/bash
# Screenshot of the installed package's entry in an XDG applications menu, without a desktop: jgmenu's "apps" module
# under Xvfb, the Education submenu opened by moving the pointer onto it. Needs the .deb installed and
# apt-get install xvfb jgmenu xdotool x11-xserver-utils imagemagick. Writes /tmp/menu.png.
set -u
export DISPLAY=:97
Xvfb :97 -screen 0 1000x360x24 >/dev/null 2>&1 &
XP=$!
sleep 1
xsetroot -solid '#3b4a5a' 2>/dev/null
cat > /tmp/jgmenurc <<'RC'
position_mode = fixed
menu_margin_x = 20
menu_margin_y = 20
menu_width = 320
item_height = 30
icon_size = 24
font = Sans 11
menu_halign = left
menu_valign = top
sub_spacing = 2
RC
jgmenu_run apps > /tmp/apps.csv
(jgmenu --simple --config-file=/tmp/jgmenurc < /tmp/apps.csv &) 
sleep 2
# open Education: move pointer onto it (item 3)
xdotool mousemove 90 70; sleep 0.3; xdotool mousemove 100 76; sleep 1.5
sleep 2
import -window root /tmp/menu.png
pkill jgmenu; kill $XP
