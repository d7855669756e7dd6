@echo off
rem The ssd command. Set JAVA_HOME to choose the Java (17 or later); SSD_JAVA_OPTS passes JVM options
rem (replacing the default heap and collector).
rem
rem Start-up, as bin/ssd does it: the first `ssd validate` also trains a start-up archive into
rem SSD_CACHE_DIR (else %LOCALAPPDATA%\ssd); later runs map from it the classes that run used instead
rem of loading them from the jar. When JAVA_HOME names a Java 25 or later (its `release` file says so)
rem the archive is an ahead-of-time cache, else a class-data-sharing archive. It is named by the jar's
rem size and time, so a new build makes a new one; the JVM itself ignores an archive that does not fit
rem it (another Java). Without a cache folder ssd runs without an archive, as it does with SSD_CDS=off.
setlocal
rem Memory, as bin/ssd sets it: a 700 MB heap under the parallel collector unless SSD_JAVA_OPTS is set.
set "OPTS=%SSD_JAVA_OPTS%"
if not defined OPTS set "OPTS=-XX:+UseParallelGC -Xmx700m"
rem JIT, as bin/ssd sets it: C2 after ten times the usual calls and loop turns, except in rule packs.
rem bin/ssd also gives `ssd validate` on a smaller extract the quick compiler alone; this launcher does
rem not, as batch arithmetic cannot sum large file sizes safely. For a typical authority's extract (a
rem million rows) that makes the run a sixth sooner: set SSD_JAVA_OPTS=-XX:+UseParallelGC -Xmx700m
rem -XX:TieredStopAtLevel=1 to choose it by hand.
set "JIT=-XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,io/github/ssdkit/rules/*.*,0.1 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "JAR=%~dp0..\lib\ssd.jar"
set "FEATURE=0"
if defined JAVA_HOME if exist "%JAVA_HOME%\release" (
  for /f "tokens=2 delims==" %%V in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do (
    for /f "delims=." %%F in ("%%~V") do set "FEATURE=%%F"
  )
)
set "KIND=cds"
set "EXT=jsa"
set "QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"
if %FEATURE% GEQ 25 (
  set "KIND=aot"
  set "EXT=aot"
  set "QUIET=-Xlog:aot=off -Xlog:cds=off"
)
if /i "%SSD_CDS%"=="off" goto plain
set "CACHE=%SSD_CACHE_DIR%"
if not defined CACHE if defined LOCALAPPDATA set "CACHE=%LOCALAPPDATA%\ssd"
if not defined CACHE goto plain
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP: =-%"
set "ARCHIVE=%CACHE%\%KIND%-%STAMP%.%EXT%"
if exist "%ARCHIVE%" goto shared
if /i not "%~1"=="validate" goto plain
if not exist "%CACHE%" mkdir "%CACHE%" >nul 2>&1
if not exist "%CACHE%" goto plain
rem The training run: this command itself, its archive written under a temporary name and moved
rem into place only when complete, so that a concurrent ssd never maps a half-written archive.
set "PARTIAL=%ARCHIVE%.%RANDOM%.tmp"
if "%KIND%"=="aot" goto train-aot
"%JAVA%" -XX:ArchiveClassesAtExit="%PARTIAL%" %QUIET% %JIT% %OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
goto keep

:train-aot
rem Recorded as the command runs (the JVM's note that it recorded is silenced), then assembled by a
rem second JVM that runs no command; a cache it could not finish is deleted, not kept.
"%JAVA%" -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -XX:AOTMode=record -XX:AOTConfiguration="%PARTIAL%.conf" %QUIET% %JIT% %OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%PARTIAL%.conf" "%JAVA%" -XX:AOTMode=create -XX:AOTConfiguration="%PARTIAL%.conf" -XX:AOTCache="%PARTIAL%" %QUIET% %JIT% %OPTS% -jar "%JAR%" >nul 2>&1 || del "%PARTIAL%" >nul 2>&1
if exist "%PARTIAL%.conf" del "%PARTIAL%.conf" >nul 2>&1

:keep
if exist "%PARTIAL%" move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>&1
if exist "%PARTIAL%" del "%PARTIAL%" >nul 2>&1
exit /b %STATUS%

:shared
if "%KIND%"=="aot" goto shared-aot
"%JAVA%" -XX:SharedArchiveFile="%ARCHIVE%" %QUIET% %JIT% %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:shared-aot
"%JAVA%" -XX:AOTCache="%ARCHIVE%" %QUIET% %JIT% %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%JAVA%" %JIT% %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
