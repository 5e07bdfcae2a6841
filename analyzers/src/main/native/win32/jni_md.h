/* The machine-dependent part of jni.h for Windows x86_64, for cross-compiling from Linux, whose JDK ships only its
 * own. JNI's Windows ABI: exported functions, the platform's calling convention, 32-bit int and 64-bit long long. */
#ifndef PERFSCOPE_JNI_MD_H
#define PERFSCOPE_JNI_MD_H

#define JNIEXPORT __declspec(dllexport)
#define JNIIMPORT __declspec(dllimport)
#define JNICALL __stdcall

typedef int jint;
typedef long long jlong;
typedef signed char jbyte;

#endif
